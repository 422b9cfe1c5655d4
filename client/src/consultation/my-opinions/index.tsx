import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyOpinionsView } from '@shared/api/views';
import { call } from '../../api';
import { EntryResponse } from '../../components/EntryResponse';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { OpinionCard } from '../../components/OpinionCard';
import { usePaged } from '../../hooks/usePaged';
import { usePageClass } from '../../care/careMode';

type MyOpinion = MyOpinionsView['opinions'][number];

/** Groups by consultation in the order they first appear (newest first), so each title shows once. */
function byConsultation(items: MyOpinion[]): { id: string; title: string; items: MyOpinion[] }[] {
  const groups = new Map<string, { id: string; title: string; items: MyOpinion[] }>();
  for (const o of items) {
    const g = groups.get(o.consultationId) ?? { id: o.consultationId, title: o.consultationTitle, items: [] };
    g.items.push(o);
    groups.set(o.consultationId, g);
  }
  return [...groups.values()];
}

/** 我的意见: everything I said (or was entered for me), by consultation, with replies; entries to confirm. */
export default function MyOpinions() {
  const pageClass = usePageClass();
  const list = usePaged(
    (page) => call('participation', 'opinion.mine', { page }),
    (v: MyOpinionsView) => v.opinions,
  );
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  // Each entry answered here since the load is one fewer waiting; the next load counts afresh.
  const waiting = list.data.awaitingMyConfirmation - list.replaced.filter((o) => o.entry && o.entry.state !== 'pending').length;
  return (
    <View className={pageClass}>
      {waiting > 0 ? <View className="card">有 {waiting} 条委员会代您录入的意见等待您确认</View> : null}
      {list.items.length === 0 ? <Empty text="您还没有发表过意见" /> : null}
      {byConsultation(list.items).map((g) => (
        <View key={g.id} className="section">
          <View className="section-title" onClick={() => Taro.navigateTo({ url: `/consultation/detail/index?id=${g.id}` })}>
            {g.title || '协商'} ›
          </View>
          {g.items.map((o) => (
            <OpinionCard key={o.id} opinion={o}>
              <EntryResponse opinion={o} onDone={(v) => list.replace({ ...v, consultationTitle: o.consultationTitle })} />
            </OpinionCard>
          ))}
        </View>
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
