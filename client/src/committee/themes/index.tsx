import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { OpinionThemesView } from '@shared/api/views';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { GroupReplyForm } from './GroupReplyForm';
import { PlaceChart } from './PlaceChart';
import { SetCard, type ReplyTarget, type SetContext } from './SetCard';
import { GroupText, ThemeCard } from './ThemeCard';
import './themes.css';

function Header({ v }: { v: OpinionThemesView }) {
  // Themes and the rest hold every opinion once: their waiting ones are all that wait.
  const unanswered = v.themes.reduce((n, t) => n + t.unanswered, v.rest.unanswered);
  return (
    <View className="card">
      <View className="card-title">{v.consultation.title}</View>
      <View className="meta">
        {v.consultation.statusLabel} · 共 {v.total.n} 条意见、{v.people.n} 人{unanswered ? ` · 尚有 ${unanswered} 条未答复` : ' · 已全部答复'}
      </View>
      {v.underReview ? <View className="meta">另有 {v.underReview} 条意见待审核，审核通过后才纳入归纳，也须答复</View> : null}
      {v.canReply ? null : <View className="meta">当前阶段不能答复意见，只能查看</View>}
    </View>
  );
}

/** The themes, heaviest first; then what fits none, and copies outside every theme. */
function Sets({ v, ctx }: { v: OpinionThemesView; ctx: SetContext }) {
  const loose = v.groups.filter((g) => !g.themeKey);
  return (
    <>
      {v.themes.length ? <View className="section-title section">主题（按意见多少排列）</View> : null}
      {v.themes.map((t) => (
        <ThemeCard key={t.key} theme={t} groups={v.groups.filter((g) => t.groupKeys.includes(g.key))} ctx={ctx} />
      ))}
      {v.rest.count ? (
        <>
          <View className="section-title section">其他意见</View>
          <SetCard target={{ kind: 'rest', title: '未归入主题的意见', set: v.rest }} ctx={ctx} />
        </>
      ) : null}
      {loose.length ? <View className="section-title section">内容相同的意见（未归入主题）</View> : null}
      {loose.map((g) => (
        <SetCard key={g.key} target={{ kind: 'group', title: `内容相同的意见 ${g.count} 条`, set: g }} ctx={ctx}>
          <GroupText group={g} />
        </SetCard>
      ))}
    </>
  );
}

/**
 * 意见归纳: a consultation's opinions as the committee reads and answers them — themes by their
 * words with the opinions that say them best, copies shown once, what fits no theme, and the
 * split by building, unit and floor. A theme, a group or the rest is answered in one step
 * (统一答复); any opinion of it can still be opened and answered on its own.
 */
export default function ThemesPage() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useLoad(() => call('participation', 'opinion.themes', { consultationId }));
  const [replying, setReplying] = useState<ReplyTarget | null>(null);

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const v = loaded.data;

  if (replying) {
    return (
      <GroupReplyForm
        consultationId={consultationId}
        target={replying}
        onCancel={() => setReplying(null)}
        onDone={(r) => {
          setReplying(null);
          loaded.reload();
          // Nothing answered: someone else answered them all in the meantime, and their answers stand.
          Taro.showToast(r.replied ? { title: `已答复${r.replied}条`, icon: 'success' } : { title: '这些意见都已有答复，未作改动', icon: 'none' });
        }}
      />
    );
  }

  const reply = (target: ReplyTarget) => {
    setReplying(target);
    // The form takes the page's place: start at its top, not where the list was scrolled to.
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const ctx: SetContext = { consultationId, canReply: v.canReply, onReply: reply, onChanged: loaded.reload };
  return (
    <View className="page">
      <Header v={v} />
      {v.total.n === 0 ? (
        <Empty text="还没有公开的意见" />
      ) : (
        <>
          <Sets v={v} ctx={ctx} />
          <PlaceChart places={v.places} />
        </>
      )}
    </View>
  );
}
