import { Button, View } from '@tarojs/components';
import type { GroupReplyView } from '@shared/api/views';
import { needsReason, REPLY_LABELS, type ReplyDecision } from '@shared/participation/participation';
import { ChoiceChips } from '../../components/ChoiceChips';
import { DraftRestored, TextAreaField, tooLong } from '../../components/TextField';
import { ReviewCard, useTwoStepForm } from '../../components/TwoStepForm';
import { useTextDraft } from '../../hooks/useTextDraft';
import { replyByIds } from './byIds';
import type { ReplyTarget } from './SetCard';

/** The server's limit for a reply's reason. */
const REASON_MAX = 500;
/** Failures fixed by changing the reason or the choice: back to the form, everything kept. */
const FIXABLE = new Set(['REASON_REQUIRED', 'CONTENT_REJECTED', 'INVALID_INPUT']);
/** A theme is answered on its merits; copies may also be answered as a repeat of what was said. */
const MERIT: ReplyDecision[] = ['adopted', 'partly', 'rejected'];
const FOR_COPIES: ReplyDecision[] = [...MERIT, 'duplicate'];

/** Exactly what sending does, with the numbers the committee is about to act on. */
function effectOf(target: ReplyTarget): string {
  const { unanswered, count } = target.set;
  const kept = count - unanswered;
  return `将答复 ${unanswered} 条未答复的意见${kept ? `，已答复的 ${kept} 条保持原答复不变` : ''}；每位发表人都会收到这条答复，在“消息”和协商详情中都能看到。`;
}

/**
 * 统一答复: one answer to every opinion of a theme, a group of copies or the rest that still waits,
 * each author getting it as their own. Choice and reason are kept on the device with one request
 * id until sent, so a reload or a failed send loses nothing and sending again is the same reply.
 */
export function GroupReplyForm(props: { consultationId: string; target: ReplyTarget; onDone: (r: GroupReplyView) => void; onCancel: () => void }) {
  const { consultationId, target } = props;
  const { set } = target;
  const [typed, setTyped, draft] = useTextDraft<{ decision?: ReplyDecision; reason: string }>(`groupReply:${consultationId}:${target.kind}:${set.key}`, {
    reason: '',
  });
  const { decision, reason } = typed;
  const form = useTwoStepForm({ fixable: FIXABLE, fallback: '答复失败，请重试' });

  const problem = () => {
    if (!decision) return '请选择答复方式';
    if (needsReason(decision) && !reason.trim()) return `${REPLY_LABELS[decision]}须说明理由`;
    return tooLong('理由', reason, REASON_MAX);
  };

  // The review step is the confirmation: it states what will happen before the one tap that does it.
  const send = () => {
    if (!decision) return;
    return form.submit(
      () => Promise.resolve(true),
      () =>
        replyByIds(consultationId, draft.requestId, set.opinionIds, decision, reason.trim()).then((r) => {
          draft.sent();
          props.onDone(r);
        }),
    );
  };

  const header = (
    <View className="card">
      <View className="meta">统一答复</View>
      <View className="card-title">{target.title}</View>
      <View className="meta">
        {set.count} 条意见 · {set.people} 人 · 未答复 {set.unanswered} 条
      </View>
    </View>
  );

  if (form.step === 'preview' && decision) {
    return (
      <View className="page">
        {header}
        <ReviewCard
          title="请核对"
          hint="发出后，其中任何一条仍可以在“查看全部”中单独修改答复。"
          form={form}
          submitText="确认答复"
          busyText="正在答复…"
          onSubmit={send}
        >
          <View className="field-label">{effectOf(target)}</View>
          <View className="section">答复：{REPLY_LABELS[decision]}</View>
          {reason.trim() ? <View className="opinion-text">{reason.trim()}</View> : null}
        </ReviewCard>
      </View>
    );
  }

  return (
    <View className="page">
      {header}
      <DraftRestored restored={draft.restored} />
      <View className="field section">
        <View className="field-label">答复方式</View>
        <ChoiceChips
          options={target.kind === 'group' ? FOR_COPIES : MERIT}
          labels={REPLY_LABELS}
          value={decision}
          onChange={(d) => setTyped((t) => ({ ...t, decision: d }))}
        />
      </View>
      <TextAreaField
        label="理由"
        value={reason}
        maxlength={REASON_MAX}
        placeholder={decision && needsReason(decision) ? '请说明理由（必填，每位发表人都会看到）' : '理由或说明（采纳可不填，每位发表人都会看到）'}
        onInput={(v) => setTyped((t) => ({ ...t, reason: v }))}
      />
      <View className="field-hint">除采纳外都须说明理由。答复将公开显示，每位发表人都会收到。</View>
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" onClick={() => form.toPreview(problem())}>
        预览
      </Button>
      <Button className="btn btn-plain" onClick={props.onCancel}>
        取消
      </Button>
    </View>
  );
}
