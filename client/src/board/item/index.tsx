import { Button, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { OpinionCounts, PublicConsultationView } from '@shared/api/views';
import { STANCES, STANCE_LABELS } from '@shared/participation/participation';
import { Notice, Timeline } from '../../components/ConsultationRecord';
import { Failure, Loading } from '../../components/LoadState';
import { ResultSection } from '../../components/ResultSection';
import { shareCard } from '../../components/shareCard';
import { call } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { usePageClass } from '../../care/careMode';
import { CommissionNote } from '../../components/Commission';

function OpinionTotals({ counts }: { counts: OpinionCounts }) {
  return (
    <View className="section">
      <View className="section-title">居民意见</View>
      <View className="card">
        <View>共 {counts.total} 条</View>
        <View className="meta">{STANCES.map((s) => `${STANCE_LABELS[s]} ${counts.byStance[s]}`).join(' · ')}</View>
        {counts.unanswered > 0 ? <View className="meta">尚有 {counts.unanswered} 条意见未答复</View> : null}
      </View>
    </View>
  );
}

/** The way on: a member goes to the full detail page to take part; anyone else is invited to join. */
function Next({ view, member }: { view: PublicConsultationView; member: boolean }) {
  if (member) {
    return (
      <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: `/consultation/detail/index?id=${view.consultation.id}` })}>
        查看协商详情
      </Button>
    );
  }
  return (
    <View className="card">
      <View className="meta">加入{view.community.name}后，可以报名、发表意见、投票和提出异议。</View>
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/join/index/index' })}>
        加入社区
      </Button>
    </View>
  );
}

/**
 * 公示详情: one consultation's public record, read-only, for anyone — the notice, what became of
 * it, the opinion counts and its road, names masked. Opened from the 公示 board.
 */
export default function BoardItem() {
  const pageClass = usePageClass();
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => call('consultation', 'board.item', { id }));
  // Without `member=1`: whoever opens the card may be no member, and is then invited to join.
  useShareAppMessage(() => shareCard(loaded.status === 'ready' ? loaded.data : null, `/board/item/index?id=${id}`));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const view = loaded.data;
  return (
    <View className={pageClass}>
      <View className="meta">{view.community.name} · 公示</View>
      <Notice c={view.consultation} />
      <CommissionNote note={view.consultation.commission} />
      <ResultSection result={view.result} />
      <OpinionTotals counts={view.opinions} />
      <Next view={view} member={params.member === '1'} />
      <Timeline timeline={view.timeline} />
    </View>
  );
}
