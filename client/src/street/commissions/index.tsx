import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { CommissionCard } from '../../components/Commission';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

/**
 * 委托事项: the matters the street commissioned its communities to consult on, newest first, each with
 * where it stands and whether its report is late. Officers commission a new one from here.
 */
export default function StreetCommissions() {
  const pageClass = usePageClass();
  // Loaded again when the page shows anew (useLoad): back from commissioning or giving feedback, the list shows what changed.
  const loaded = useLoad(() => call('street', 'street.commissions', {}));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const list = loaded.data;
  return (
    <View className={pageClass}>
      {list.mayCommission ? (
        <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: '/street/commission-new/index' })}>
          委托社区协商
        </Button>
      ) : (
        <View className="meta">民政／督查账号可以查看委托事项和社区的报告，不能委托或反馈。</View>
      )}
      <View className="section">
        <View className="section-title">
          委托事项（{list.items.length}，其中 {list.open} 项待社区报告）
        </View>
        {list.items.length === 0 ? (
          <Empty text="还没有委托社区协商的事项" />
        ) : (
          list.items.map((m) => <CommissionCard key={m.id} m={m} onOpen={() => Taro.navigateTo({ url: `/street/commission/index?id=${m.id}` })} />)
        )}
      </View>
    </View>
  );
}
