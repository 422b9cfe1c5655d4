import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { OpinionListView, OpinionView } from '@shared/api/views';
import { CHANNEL_LABELS, CHANNELS, STANCES, STANCE_LABELS, type Channel, type Stance } from '@shared/participation/participation';
import { useAfterPause } from '../../hooks/useAfterPause';
import { call } from '../../api';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { OpinionCard } from '../../components/OpinionCard';
import { CommitteeOpinionActions } from '../../components/ReplyBox';
import { usePaged } from '../../hooks/usePaged';
import { usePageClass } from '../../care/careMode';

/** How long typing a building must pause before the list is filtered. */
const TYPING_PAUSE_MS = 500;

interface Filters {
  stance?: Stance;
  unanswered: boolean;
  channel?: Channel;
  building: string;
}

function Chip({ on, label, onTap }: { on: boolean; label: string; onTap: () => void }) {
  return (
    <Text className={`chip ${on ? 'chip-on' : ''}`} onClick={onTap}>
      {on ? '✓ ' : ''}
      {label}
    </Text>
  );
}

/** The committee's extra filters: unanswered, channel, building; and how many wait for review. */
function CommitteeFilters({ f, set, underReview }: { f: Filters; set: (change: Partial<Filters>) => void; underReview: number }) {
  return (
    <View className="section">
      {underReview > 0 ? <View className="meta">待审核 {underReview} 条（审核通过前其他居民看不到）</View> : null}
      <View className="chips">
        <Chip on={f.unanswered} label="未答复" onTap={() => set({ unanswered: !f.unanswered })} />
        <Chip on={!f.channel} label="全部渠道" onTap={() => set({ channel: undefined })} />
        {CHANNELS.map((c) => (
          <Chip key={c} on={f.channel === c} label={CHANNEL_LABELS[c]} onTap={() => set({ channel: c })} />
        ))}
      </View>
      <Input
        className="input"
        value={f.building}
        confirmType="search"
        placeholder="按楼栋筛选，如 1号楼"
        maxlength={20}
        onInput={(e) => set({ building: e.detail.value })}
      />
    </View>
  );
}

/**
 * 全部意见: a consultation's opinions by stance, newest first, 20 at a time. The public sees
 * masked names; the committee also filters, reviews held opinions and answers each one here.
 */
export default function OpinionList() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const [f, setF] = useState<Filters>({ unanswered: false, building: '' });
  const list = usePaged(
    (page) => {
      const building = f.building.trim();
      return call('participation', 'opinion.list', {
        consultationId,
        page,
        ...(f.stance ? { stance: f.stance } : {}),
        ...(f.unanswered ? { unanswered: true } : {}),
        ...(f.channel ? { channel: f.channel } : {}),
        ...(building ? { building } : {}),
      });
    },
    (v: OpinionListView) => v.opinions,
    // The chosen filters load page 0 again at once; the building box waits for a typing pause.
    `${f.stance ?? ''}|${f.unanswered}|${f.channel ?? ''}`,
  );

  useAfterPause(f.building, TYPING_PAUSE_MS, list.reload);
  const set = (change: Partial<Filters>) => setF((old) => ({ ...old, ...change }));

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const { consultation, counts, viewer } = list.data;
  const committee = viewer === 'committee';
  const filtered = !!(f.stance || f.unanswered || f.channel || f.building.trim());
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="card-title">{consultation.title}</View>
        <View className="meta">
          {consultation.statusLabel} · 共 {counts.total} 条意见
          {counts.unanswered > 0 ? ` · 尚有 ${counts.unanswered} 条未答复` : ''}
        </View>
        {committee ? (
          <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/themes/index?consultationId=${consultationId}` })}>
            意见归纳
          </Button>
        ) : (
          <View className="meta">为保护隐私，发表人姓名部分隐去</View>
        )}
      </View>
      <View className="chips section">
        <Chip on={!f.stance} label={`全部 ${counts.total}`} onTap={() => set({ stance: undefined })} />
        {STANCES.map((s) => (
          <Chip key={s} on={f.stance === s} label={`${STANCE_LABELS[s]} ${counts.byStance[s]}`} onTap={() => set({ stance: s })} />
        ))}
      </View>
      {committee ? <CommitteeFilters f={f} set={set} underReview={counts.underReview ?? 0} /> : null}
      <View className="section">
        {list.items.length === 0 ? (
          <Empty text={filtered ? '没有符合条件的意见' : '还没有人发表意见'} />
        ) : (
          list.items.map((o: OpinionView) => (
            <OpinionCard key={o.id} opinion={o}>
              {committee ? <CommitteeOpinionActions opinion={o} onDone={list.replace} /> : null}
            </OpinionCard>
          ))
        )}
        <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
      </View>
    </View>
  );
}
