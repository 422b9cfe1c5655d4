import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView, OpinionView, ParticipationView } from '@shared/api/views';
import { ATTENDANCE_KINDS, ATTENDANCE_LABELS, STANCES, STANCE_LABELS, talkingIsOpen, type AttendanceKind } from '@shared/participation/participation';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmChangeAttendance } from '../../confirm';
import { EntryResponse } from '../../components/EntryResponse';
import { OpinionCard } from '../../components/OpinionCard';
import { useSubmit } from '../../hooks/useSubmit';

const open = (url: string) => () => Taro.navigateTo({ url });

/** The short words of the counts line: 参加 N · 列席 N · 无法到场 N. */
const COUNT_LABELS: Record<AttendanceKind, string> = { participant: '参加', observer: '列席', absent: '无法到场' };

/** What each attendance button says; the wording is the person's answer, not the status name. */
const ATTEND_BUTTONS: Record<AttendanceKind, string> = {
  participant: '报名参加协商',
  observer: '报名列席旁听',
  absent: '无法到场',
};

function Attendance({ consultationId, p, onChanged }: { consultationId: string; p: ParticipationView; onChanged: (v: ParticipationView) => void }) {
  const { counts, coming } = p.attendance;
  const mine = p.mine.attendance;
  const { busy, error, setError, run } = useSubmit('报名失败，请重试');

  const choose = async (kind: AttendanceKind) => {
    if (busy || mine?.kind === kind) return;
    setError('');
    if (mine?.confirmed && !(await confirmChangeAttendance(mine.kindLabel, ATTENDANCE_LABELS[kind]))) return;
    await run(async () => {
      onChanged(await call('participation', 'attendance.set', { consultationId, kind }));
      Taro.showToast({ title: '已报名', icon: 'success' });
    });
  };

  const kinds = p.mine.inScope ? ATTENDANCE_KINDS : (['observer'] as const);
  return (
    <View className="card">
      <View className="card-title">协商报名</View>
      <View className="meta">{ATTENDANCE_KINDS.map((k) => `${COUNT_LABELS[k]} ${counts[k]}`).join(' · ')}</View>
      {coming.length > 0 ? (
        <View className="section">
          {coming.map((c, i) => (
            <View key={i} className="kv">
              <View className="kv-key">{c.name}</View>
              <View className="kv-value">
                {c.kindLabel}
                {c.confirmed ? <Text className="tag">已确认</Text> : null}
              </View>
            </View>
          ))}
          {coming.length < counts.participant + counts.observer ? <View className="meta">只显示前 {coming.length} 位</View> : null}
        </View>
      ) : null}
      <View className="section">我的报名：{mine ? `${mine.kindLabel}${mine.placeLabel ? `（${mine.placeLabel}）` : ''}` : '尚未报名'}</View>
      {p.window.attendanceOpen && p.mine.active ? (
        <>
          {p.mine.inScope ? null : <View className="meta">本次协商不在您的参与范围内，可以列席旁听</View>}
          {kinds.map((k) => (
            <Button key={k} className={`btn ${mine?.kind === k ? 'btn-primary' : 'btn-plain'}`} disabled={busy} onClick={() => choose(k)}>
              {mine?.kind === k ? `✓ ${ATTEND_BUTTONS[k]}` : ATTEND_BUTTONS[k]}
            </Button>
          ))}
        </>
      ) : null}
      {!p.window.attendanceOpen ? <View className="meta">报名在公示期内进行，现已结束</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

function Opinions({ consultationId, p }: { consultationId: string; p: ParticipationView }) {
  const { opinions: counts, window: w, mine } = p;
  const written = mine.attendance?.kind === 'absent';
  return (
    <View className="card">
      <View className="card-title">居民意见（{counts.total}）</View>
      <View className="meta">{STANCES.map((s) => `${STANCE_LABELS[s]} ${counts.byStance[s]}`).join(' · ')}</View>
      {counts.unanswered > 0 ? <View className="meta">尚有 {counts.unanswered} 条意见未答复</View> : null}
      {counts.underReview ? <View className="meta">待审核 {counts.underReview} 条</View> : null}
      {w.opinionsOpen && w.closesAt ? <View className="meta">意见征集至 {formatChinaTime(w.closesAt)}</View> : null}
      {!w.opinionsOpen ? <View className="meta">意见征集已结束</View> : null}
      <Button className="btn btn-plain" onClick={open(`/consultation/opinions/index?consultationId=${consultationId}`)}>
        查看全部意见
      </Button>
      {w.opinionsOpen && mine.active && mine.inScope ? (
        <Button
          className="btn btn-primary"
          onClick={open(`/consultation/opinion/index?consultationId=${consultationId}&channel=${written ? 'written' : 'online'}`)}
        >
          {written ? '提交书面意见' : '发表意见'}
        </Button>
      ) : null}
      {w.opinionsOpen && mine.active && !mine.inScope && !w.attendanceOpen ? <View className="meta">本次协商不在您的参与范围内</View> : null}
      {!mine.active ? <View className="meta">入社申请审核通过后才能报名和发表意见</View> : null}
    </View>
  );
}

/** 我的意见 on this consultation: what I said, its reply, and entries made for me to confirm. */
function MyOpinions({ opinions, onChanged }: { opinions: OpinionView[]; onChanged: () => void }) {
  if (opinions.length === 0) return null;
  return (
    <View className="section">
      <View className="section-title">我的意见</View>
      {opinions.map((o) => (
        <OpinionCard key={o.id} opinion={o}>
          <EntryResponse opinion={o} onDone={onChanged} />
        </OpinionCard>
      ))}
    </View>
  );
}

/** The committee's participation work on this consultation: who comes, and entering opinions for others. */
function CommitteeParticipation({ detail }: { detail: ConsultationDetailView }) {
  const { id, status } = detail.consultation;
  // The same rule the entry's use case applies: while the talking is open, a vote with it too.
  const transcribing = talkingIsOpen(status);
  return (
    <View className="section">
      <View className="section-title">委员会：参与管理</View>
      <Button className="btn btn-plain" onClick={open(`/committee/attendance/index?consultationId=${id}`)}>
        报名情况
      </Button>
      {transcribing ? (
        <Button className="btn btn-plain" onClick={open(`/committee/record/index?consultationId=${id}`)}>
          代为录入意见
        </Button>
      ) : null}
    </View>
  );
}

/**
 * 参与: who is coming and my own answer, what residents said, and my opinions. A draft has none
 * of this yet, so it shows nothing.
 */
export function Participation(props: { detail: ConsultationDetailView; p: ParticipationView; onChanged: (v: ParticipationView) => void; reload: () => void }) {
  const { detail, p } = props;
  const c = detail.consultation;
  if (c.status === 'draft') return null;
  const { committee } = p;
  return (
    <>
      <View className="section">
        <View className="section-title">参与</View>
        <Attendance consultationId={c.id} p={p} onChanged={props.onChanged} />
        <Opinions consultationId={c.id} p={p} />
      </View>
      <MyOpinions opinions={p.mine.opinions} onChanged={props.reload} />
      {committee ? <CommitteeParticipation detail={detail} /> : null}
    </>
  );
}
