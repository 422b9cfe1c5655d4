import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FeedItemView, FeedView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { usePaged } from '../../hooks/usePaged';
import { useSubmit } from '../../hooks/useSubmit';
import { showUnreadBadge } from '../../notify/badge';
import { usePageClass } from '../../care/careMode';

/** One message; tapping marks it read, and news about a consultation or a suggestion opens it. */
function FeedCard({ item, onOpen }: { item: FeedItemView; onOpen: () => void }) {
  return (
    <View className="card" onClick={onOpen}>
      <View className="row">
        <Text className="card-title">{item.title}</Text>
        {item.read ? null : <Text className="tag tag-upcoming">未读</Text>}
      </View>
      <View className="opinion-text">{item.body}</View>
      <View className="row">
        <Text className="meta">{formatChinaTime(item.at)}</Text>
        <Text className="tag">{item.kindLabel}</Text>
      </View>
    </View>
  );
}

/**
 * 消息: what became of the consultations I took part in — result published, in effect, progress,
 * done — newest first. Opening one marks it read and shows the consultation; 全部已读 clears the rest.
 */
export default function Feed() {
  const pageClass = usePageClass();
  const list = usePaged(
    (page) => call('account', 'feed.list', { page }),
    (v: FeedView) => v.items,
  );
  const { busy, error, run } = useSubmit('操作失败，请重试');
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const unread = list.data.unread - list.replaced.filter((i) => i.read).length;

  const open = (item: FeedItemView) => {
    if (!item.read) {
      // Shown read at once; the server is told on the way, and a failure only leaves it unread there.
      list.replace({ ...item, read: true });
      call('account', 'feed.markRead', { ids: [item.id] }).then(
        (v) => showUnreadBadge(v.unread),
        () => undefined,
      );
    }
    // Membership news (an approval) has nowhere to go: reading it is all.
    if (item.consultationId) Taro.navigateTo({ url: `/consultation/detail/index?id=${item.consultationId}` });
    else if (item.suggestionId) Taro.navigateTo({ url: `/suggest/item/index?id=${item.suggestionId}` });
  };

  const readAll = () =>
    run(async () => {
      const feed = await call('account', 'feed.markRead', { all: true });
      showUnreadBadge(feed.unread);
      list.reload();
    });

  return (
    <View className={pageClass}>
      <View className="section-title">{unread > 0 ? `消息（${unread} 条未读）` : '消息'}</View>
      {unread > 0 ? (
        <Button className="btn btn-plain" disabled={busy} onClick={readAll}>
          全部已读
        </Button>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      {list.items.length === 0 ? <Empty text="暂无消息。参与协商后，这里会告诉您结果和落实进展。" /> : null}
      {list.items.map((item) => (
        <FeedCard key={item.id} item={item} onOpen={() => open(item)} />
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
