import { View } from '@tarojs/components';
import type { OpinionListView } from '@shared/api/views';
import { Failure, LoadMore, Loading } from '../../components/LoadState';
import { OpinionCard } from '../../components/OpinionCard';
import { CommitteeOpinionActions } from '../../components/ReplyBox';
import { usePaged } from '../../hooks/usePaged';
import { listByIds } from './byIds';

/**
 * The opinions behind a theme, a group or a figure, 20 at a time, each with the committee's own
 * actions: one of them can still be answered differently from the rest. `onChanged` hears each
 * answer, for the counts shown above the list.
 */
export function OpinionsOf({ consultationId, ids, onChanged }: { consultationId: string; ids: readonly string[]; onChanged: () => void }) {
  const list = usePaged(
    (page) => listByIds(consultationId, ids, page),
    (v: OpinionListView) => v.opinions,
  );
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  return (
    <View className="section">
      {list.items.map((o) => (
        <OpinionCard key={o.id} opinion={o}>
          <CommitteeOpinionActions
            opinion={o}
            onDone={(v) => {
              list.replace(v);
              onChanged();
            }}
          />
        </OpinionCard>
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
