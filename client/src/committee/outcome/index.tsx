import { useState } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { RESULT_LIMITS } from '@shared/result/result';
import { DAY_MS, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared/time';
import { ApiError, call, errorText } from '../../api';
import { confirmCloseConsultation, confirmStep } from '../../confirm';
import { TextField, TextAreaField, tooLong } from '../../components/TextField';
import { useTextDraft } from '../../hooks/useTextDraft';
import { AttachmentPicker, attachmentInputs, attachmentsUploading, pickedFromViews } from '../components/AttachmentPicker';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';
import { SummaryDraft } from '../themes/SummaryDraft';
import { now } from '../../clock';

/** A deadline is a day: the work is due by the end of it. */
const DUE_TIME = '23:59';

/**
 * The first suggested deadline: a month on. Counted from the consultation's last change when that
 * is later than the phone's clock, so a phone set a few days behind never suggests the past.
 */
function suggestedDueDate(detail: ConsultationDetailView): string {
  return toChinaDateTimeParts(Math.max(now(), detail.consultation.updatedAt) + 30 * DAY_MS).date;
}

/** 尚有意见未答复: closing is refused until every opinion has its answer; this lists them and leads to the replies. */
function Unanswered({ message, opinions }: { message: string; opinions: string[] }) {
  return (
    <View className="card">
      <View className="error-text">{message}</View>
      {opinions.map((o, i) => (
        <View key={i} className="timeline-item">
          {o}
        </View>
      ))}
      <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: '/committee/replies/index' })}>
        去答复意见
      </Button>
    </View>
  );
}

function OutcomeEditor({ detail, mode }: { detail: ConsultationDetailView; mode: 'close' | 'write' }) {
  const { id, version } = detail.consultation;
  const existing = detail.result.outcome;
  const [typed, setTyped, draft] = useTextDraft(`outcome:${id}`, { text: existing?.text ?? '', responsible: existing?.responsible ?? '' });
  const { text, responsible } = typed;
  const [dueDate, setDueDate] = useState(existing ? toChinaDateTimeParts(existing.dueAt).date : suggestedDueDate(detail));
  const [attachments, setAttachments] = useState(() => pickedFromViews(existing?.attachments));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [unanswered, setUnanswered] = useState<{ message: string; opinions: string[] } | null>(null);

  const submit = async () => {
    setError('');
    setUnanswered(null);
    if (!text.trim()) return setError('请填写协商意见');
    const over = tooLong('协商意见', text, RESULT_LIMITS.outcomeMax);
    if (over) return setError(over);
    if (!responsible.trim()) return setError('请填写落实责任人或单位');
    const dueAt = fromChinaDateTimeParts(dueDate, DUE_TIME);
    if (Number.isNaN(dueAt)) return setError('请选择落实期限');
    if (attachmentsUploading(attachments)) return setError('附件还在上传，请稍候');
    if (mode === 'close' && !(await confirmCloseConsultation())) return;
    setBusy(true);
    try {
      const payload = { id, version, text: text.trim(), responsible: responsible.trim(), dueAt, attachments: attachmentInputs(attachments) };
      await call('result', mode === 'close' ? 'outcome.close' : 'outcome.write', payload);
      draft.sent();
      await backToDetail(id);
      Taro.showToast({ title: '协商意见已保存', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'OPINIONS_UNANSWERED') setUnanswered({ message: e.message, opinions: e.details ?? [] });
      else setError(errorText(e, '保存失败，请重试'));
    } finally {
      setBusy(false);
    }
  };

  /** The drafted summary into the text field; what the committee already wrote is replaced only after a yes. */
  const fill = async (drafted: string) => {
    if (text.trim() && !(await confirmStep('填入协商意见', '归纳草稿将替换已填写的协商意见，确定替换吗？', '确定替换', '不替换'))) return;
    setTyped((t) => ({ ...t, text: drafted }));
  };

  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      {detail.result.vote ? <View className="meta">表决结果：{detail.result.vote.explanation}</View> : null}
      <SummaryDraft consultationId={id} onFill={fill} />
      <TextAreaField
        label="协商意见"
        value={text}
        placeholder="写明协商达成的意见：做什么、怎么做（将向本社区公示）"
        maxlength={RESULT_LIMITS.outcomeMax}
        onInput={(v) => setTyped((t) => ({ ...t, text: v }))}
        section
      />
      <TextField
        label="落实责任人或单位"
        value={responsible}
        placeholder="例如：物业服务中心"
        maxlength={RESULT_LIMITS.responsibleMax}
        onInput={(v) => setTyped((t) => ({ ...t, responsible: v }))}
      />
      <View className="field">
        <View className="field-label">落实期限</View>
        <Picker mode="date" value={dueDate} onChange={(e) => setDueDate(String(e.detail.value))}>
          <View className="picker">{dueDate}</View>
        </Picker>
        <View className="field-hint">当天结束前须落实完成；逾期将在协商详情中标明</View>
      </View>
      <AttachmentPicker label="附件（选填）" hint="随协商意见公示，如会议纪要、实施方案" value={attachments} onChange={setAttachments} disabled={busy} />
      {unanswered ? <Unanswered message={unanswered.message} opinions={unanswered.opinions} /> : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在保存…' : mode === 'close' ? '形成协商意见' : '保存协商意见'}
      </Button>
      {mode === 'close' ? <View className="field-hint">形成协商意见后协商结束；每条居民意见都须先答复</View> : null}
    </View>
  );
}

const modeOf = (d: ConsultationDetailView) => (d.manage.closeConsultation ? 'close' : d.manage.writeOutcome ? 'write' : null);

/**
 * 协商意见: after consulting without a vote the committee closes with it (形成协商意见); after a vote
 * it writes or revises it. Which one, the detail's `manage` flags say.
 */
export default function OutcomePage() {
  const { params } = useRouter();
  return (
    <WithDetail id={params.id ?? ''} isOpen={(d) => modeOf(d) !== null} closed="现阶段不能填写协商意见">
      {(d) => <OutcomeEditor detail={d} mode={modeOf(d)!} />}
    </WithDetail>
  );
}
