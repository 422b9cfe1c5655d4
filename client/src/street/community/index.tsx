import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { BoardCard, entriesOf } from '../../components/BoardCard';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { usePaged } from '../../hooks/usePaged';

/**
 * A community's public records, as the street's staff drill down from the dashboard: its 公示栏
 * (notices, results, progress, completed matters), which anyone may read — never its register or
 * its members' names.
 */
export default function CommunityRecords() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const list = usePaged((page) => call('consultation', 'board.list', { communityId: params.id ?? '', page }), entriesOf);
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  return (
    <View className={pageClass}>
      <View className="section-title">{list.data.community.name} · 公开记录</View>
      {list.items.length === 0 ? <Empty text="还没有公开记录" /> : null}
      {list.items.map((item) => (
        <BoardCard key={item.id} item={item} onOpen={() => Taro.navigateTo({ url: `/board/item/index?id=${item.consultationId}` })} />
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
