import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReplyQueueView } from '@shared/api/views';
import { call } from '../../api';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { OpinionCard } from '../../components/OpinionCard';
import { CommitteeOpinionActions } from '../../components/ReplyBox';
import { usePaged } from '../../hooks/usePaged';

/**
 * 待答复意见: every opinion of the community still without a reply, oldest first, each with its
 * reply box open. An answered one leaves the list: it reloads from the first page.
 */
export default function ReplyQueue() {
  const list = usePaged(
    (page) => call('participation', 'opinion.queue', { page }),
    (v: ReplyQueueView) => v.opinions,
  );
  const [outcome, setOutcome] = useState('');
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const { total } = list.data;
  return (
    <View className="page">
      <View className="section-title">待答复意见（{total}）</View>
      <View className="meta">最早的在前。每条意见都须答复：部分采纳、不采纳须说明理由。</View>
      {outcome ? <View className="card ok-text">{outcome}</View> : null}
      {list.items.length === 0 ? <Empty text="没有待答复的意见" /> : null}
      {list.items.map((o) => (
        <OpinionCard key={o.id} opinion={o} title={o.consultationTitle}>
          <CommitteeOpinionActions
            open
            opinion={o}
            onDone={(v) => {
              setOutcome(v.reply ? `已答复 ${v.authorName} 的意见：${v.reply.decisionLabel}` : `已处理 ${v.authorName} 的意见：${v.moderationLabel ?? ''}`);
              Taro.showToast({ title: '已完成', icon: 'success' });
              list.reload();
            }}
          />
        </OpinionCard>
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
