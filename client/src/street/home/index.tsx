import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { StreetHomeView } from '@shared/api/views';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

function Header({ home }: { home: StreetHomeView }) {
  return (
    <View className="card">
      <View className="card-title">{home.street.name}</View>
      <View className="meta">
        {home.me.name} · {home.me.roleLabel}
      </View>
      {home.me.mayAct ? null : <View className="meta">民政／督查账号可以查看所辖社区的公开记录和统计，不能发起或修改任何事项。</View>}
    </View>
  );
}

/** 街道工作台: the street's communities and, for its officers, the matters they run across them. */
export default function StreetHome() {
  const pageClass = usePageClass();
  const home = useLoad(() => call('street', 'street.home', {}));
  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error') return <Failure error={home.error} onRetry={home.reload} />;
  const { communities, street } = home.data;
  return (
    <View className={pageClass}>
      <Header home={home.data} />
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/street/catalogue/index' })}>
        协商事项目录
      </Button>
      <View className="section">
        <View className="section-title">所辖社区（{communities.length}）</View>
        {communities.length === 0 ? (
          <Empty text={`${street.name}下还没有社区`} />
        ) : (
          communities.map((c) => (
            <View key={c.id} className="card row">
              <View>{c.name}</View>
              <View className="meta">{c.kindLabel}</View>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
