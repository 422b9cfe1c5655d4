import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { call } from '../../api';
import { BoardCard, entriesOf } from '../../components/BoardCard';
import { Empty, Failure, JoinCard, LoadMore, Loading } from '../../components/LoadState';
import { usePaged } from '../../hooks/usePaged';
import { usePageClass } from '../../care/careMode';

/** Someone in no community, opening the tab itself: the board is a community's, so say how to reach one. */
function NoCommunity({ message }: { message: string }) {
  const pageClass = usePageClass();
  return (
    <View className={pageClass}>
      <JoinCard title="公示栏属于社区">
        <View className="meta">{message}</View>
        <View className="meta">加入后，这里是本社区的协商公告、协商结果和落实进展。请向所在的社区居委会或村委会索取邀请码。</View>
      </JoinCard>
    </View>
  );
}

/**
 * 公示 (村务公开): the community's board — notices, results on display, effective results, progress
 * and completed matters, newest first, paged. Public: a link with `communityId` (shared by the
 * community) opens it for anyone, member or not; without one it is the caller's own community's.
 */
export default function Notices() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const communityId = params.communityId || undefined;
  const list = usePaged((page) => call('consultation', 'board.list', communityId ? { communityId, page } : { page }), entriesOf);
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') {
    // Without a community named, NOT_FOUND means the caller belongs to none.
    if (list.error.code === 'NOT_FOUND' && !communityId) return <NoCommunity message={list.error.message} />;
    return <Failure error={list.error} onRetry={list.reload} />;
  }
  // From a shared link the reader may be no member: the read-only page says how to join instead.
  const open = (consultationId: string) => Taro.navigateTo({ url: `/board/item/index?id=${consultationId}${communityId ? '' : '&member=1'}` });
  return (
    <View className={pageClass}>
      <View className="section-title">{list.data.community.name} · 公示栏</View>
      {list.items.length === 0 ? <Empty text="暂无公示内容" /> : null}
      {list.items.map((item) => (
        <BoardCard key={item.id} item={item} onOpen={() => open(item.consultationId)} />
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
