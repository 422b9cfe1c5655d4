import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { JointSummaryView, StreetHomeView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
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

function JointCard({ joint }: { joint: JointSummaryView }) {
  return (
    <View className="card" onClick={() => Taro.navigateTo({ url: `/street/joint/index?id=${joint.id}` })}>
      <View className="card-title">{joint.title}</View>
      <View className="meta">{joint.communityNames.join('、')}</View>
      <View className="meta">
        {joint.stateLabel}
        {joint.dueAt ? `，落实期限 ${formatChinaTime(joint.dueAt)}` : ''}
      </View>
      {joint.overdue ? <View className="tag tag-overdue">已逾期，请督促落实</View> : null}
    </View>
  );
}

function Joints({ home }: { home: StreetHomeView }) {
  return (
    <View className="section">
      <View className="section-title">跨社区协商</View>
      {home.me.mayAct ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/street/joint-new/index' })}>
          发起跨社区协商
        </Button>
      ) : null}
      {home.joints.length === 0 ? <Empty text="还没有跨社区协商" /> : home.joints.map((j) => <JointCard key={j.id} joint={j} />)}
    </View>
  );
}

/** 街道工作台: the street's communities and the matters it leads across them. */
export default function StreetHome() {
  const pageClass = usePageClass();
  const home = useLoad(() => call('street', 'street.home', {}));
  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error') return <Failure error={home.error} onRetry={home.reload} />;
  const { communities, street } = home.data;
  return (
    <View className={pageClass}>
      <Header home={home.data} />
      <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: '/street/dashboard/index' })}>
        街道督导：各社区协商情况
      </Button>
      <Joints home={home.data} />
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/street/commissions/index' })}>
        委托事项
      </Button>
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/street/catalogue/index' })}>
        协商事项目录
      </Button>
      <View className="section">
        <View className="section-title">所辖社区（{communities.length}）</View>
        {communities.length === 0 ? (
          <Empty text={`${street.name}下还没有社区`} />
        ) : (
          communities.map((c) => (
            <View key={c.id} className="card row" onClick={() => Taro.navigateTo({ url: `/street/community/index?id=${c.id}` })}>
              <View>{c.name}</View>
              <View className="meta">{c.kindLabel} · 公开记录 ›</View>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
