import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { fromChinaDateTimeParts, formatChinaTime, toChinaDateTimeParts } from '@shared/time';
import { call } from '../../api';
import { now } from '../../clock';
import { confirmRescheduleVote } from '../../confirm';
import { TextAreaField } from '../../components/TextField';
import { useSubmit } from '../../hooks/useSubmit';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';
import { DateTime } from '../draft/voteFields';

const HOUR = 3_600_000;

/**
 * The times to start from: the planned ones while still ahead; after a missed window, the same
 * length of vote from the next full hour.
 */
function initialTimes(vote: { opensAt: number; closesAt: number }) {
  const t = now();
  if (vote.closesAt > t) return vote;
  const opensAt = Math.ceil(t / HOUR) * HOUR;
  return { opensAt, closesAt: opensAt + (vote.closesAt - vote.opensAt) };
}

function RescheduleForm({ detail }: { detail: ConsultationDetailView }) {
  const { id, version, plan } = detail.consultation;
  const vote = plan.vote!;
  const [times, setTimes] = useState(() => {
    const { opensAt, closesAt } = initialTimes(vote);
    const open = toChinaDateTimeParts(opensAt);
    const close = toChinaDateTimeParts(closesAt);
    return { openDate: open.date, openTime: open.time, closeDate: close.date, closeTime: close.time };
  });
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmit();
  const set = (key: keyof typeof times) => (v: string) => setTimes((t) => ({ ...t, [key]: v }));

  const submit = async () => {
    setError('');
    const opensAt = fromChinaDateTimeParts(times.openDate, times.openTime);
    const closesAt = fromChinaDateTimeParts(times.closeDate, times.closeTime);
    if (Number.isNaN(opensAt) || Number.isNaN(closesAt)) return setError('请选择表决的开始和截止时间');
    if (closesAt <= opensAt) return setError('表决截止时间必须晚于开始时间');
    if (!reason.trim()) return setError('请填写调整原因');
    if (!(await confirmRescheduleVote())) return;
    await run(async () => {
      await call('voting', 'vote.reschedule', { consultationId: id, version, opensAt, closesAt, reason: reason.trim() });
      await backToDetail(id);
      Taro.showToast({ title: '表决时间已调整', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      <View className="card">
        <View className="card-title">{vote.question}</View>
        <View className="meta">
          原定表决时间：{formatChinaTime(vote.opensAt)} 至 {formatChinaTime(vote.closesAt)}
        </View>
        {vote.closesAt <= now() ? <View className="error-text">原定截止时间已过，表决没有开始，请重新安排。</View> : null}
      </View>
      <DateTime label="表决开始时间" date={times.openDate} time={times.openTime} onDate={set('openDate')} onTime={set('openTime')} />
      <DateTime label="表决截止时间" date={times.closeDate} time={times.closeTime} onDate={set('closeDate')} onTime={set('closeTime')} />
      <View className="field-hint">到开始时间系统自动开始表决，截止后自动计票。</View>
      <TextAreaField
        label="调整原因（将公开显示并通知居民）"
        value={reason}
        placeholder="例如：会议延期，表决时间相应顺延"
        maxlength={500}
        onInput={setReason}
        section
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '调整表决时间'}
      </Button>
    </View>
  );
}

/** 调整表决时间: before a vote opens, the committee moves its times; everyone in scope is told anew. */
export default function VoteTimePage() {
  const { params } = useRouter();
  return (
    <WithDetail id={params.id ?? ''} isOpen={(d) => d.can.rescheduleVote} closed="表决已经开始或已结束，不能再调整表决时间">
      {(d) => <RescheduleForm detail={d} />}
    </WithDetail>
  );
}
