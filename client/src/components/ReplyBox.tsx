import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { OpinionView } from '@shared/api/views';
import { needsReason, REPLY_DECISIONS, REPLY_LABELS, type ReplyDecision } from '@shared/participation/participation';
import { call } from '../api';
import { ChoiceChips } from './ChoiceChips';
import { confirmModerate } from '../confirm';
import { useSubmit } from '../hooks/useSubmit';
import { useTextDraft } from '../hooks/useTextDraft';
import { TextAreaField, tooLong } from './TextField';

/** The server's limit for a reply's reason. */
const REASON_MAX = 500;

/**
 * 答复: 采纳 / 部分采纳 / 不采纳, or 重复意见 / 与议题无关; all but 采纳 with a reason the residents will read. A reply may be
 * revised until the result is published, so it opens with the current one filled in.
 */
function ReplyBox({ opinion, onDone, onCancel }: { opinion: OpinionView; onDone: (v: OpinionView) => void; onCancel?: () => void }) {
  // Kept on the device until sent: a committee member answering on a phone loses no reason typed.
  const [typed, setTyped, draft] = useTextDraft<{ decision?: ReplyDecision; reason: string }>(`reply:${opinion.id}`, {
    decision: opinion.reply?.decision,
    reason: opinion.reply?.reason ?? '',
  });
  const { decision, reason } = typed;
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');

  const send = async () => {
    if (!decision) return setError('请选择答复方式');
    if (needsReason(decision) && !reason.trim()) return setError(`${REPLY_LABELS[decision]}须说明理由`);
    const over = tooLong('理由', reason, REASON_MAX);
    if (over) return setError(over);
    await run(async () => {
      const replied = await call('participation', 'opinion.reply', { opinionId: opinion.id, decision, reason: reason.trim() });
      draft.sent();
      onDone(replied);
    });
  };

  return (
    <View className="field section">
      <View className="field-label">{opinion.reply ? '修改答复' : '答复'}</View>
      <ChoiceChips options={REPLY_DECISIONS} labels={REPLY_LABELS} value={decision} onChange={(d) => setTyped((t) => ({ ...t, decision: d }))} />
      <TextAreaField
        value={reason}
        maxlength={REASON_MAX}
        placeholder={decision && needsReason(decision) ? '请说明理由（必填，居民会看到）' : '理由或说明（可不填，居民会看到）'}
        onInput={(v) => setTyped((t) => ({ ...t, reason: v }))}
      />
      <View className="field-hint">除采纳外都须说明理由；重复意见、与议题无关的意见也算已答复；答复将公开显示</View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={send}>
        {busy ? '正在提交…' : '提交答复'}
      </Button>
      {onCancel ? (
        <Button className="btn btn-plain" disabled={busy} onClick={onCancel}>
          取消
        </Button>
      ) : null}
    </View>
  );
}

/** 通过审核 / 不予公开 for an opinion the content check held back; both are final, so both ask first. */
function ModerateButtons({ opinion, onDone }: { opinion: OpinionView; onDone: (v: OpinionView) => void }) {
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');
  const moderate = async (approve: boolean) => {
    setError('');
    if (!(await confirmModerate(approve))) return;
    await run(async () => {
      onDone(await call('participation', 'opinion.moderate', { opinionId: opinion.id, approve }));
    });
  };
  return (
    <View className="section">
      <View className="meta">这条意见内容待审核，公开前不能答复</View>
      <Button className="btn btn-primary" disabled={busy} onClick={() => moderate(true)}>
        通过审核
      </Button>
      <Button className="btn btn-danger" disabled={busy} onClick={() => moderate(false)}>
        不予公开
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/**
 * The committee's actions on one opinion, as its `can` flags allow: review it, or answer it.
 * `open` starts with the reply box showing (the reply queue); elsewhere a button opens it.
 */
export function CommitteeOpinionActions({ opinion, onDone, open = false }: { opinion: OpinionView; onDone: (v: OpinionView) => void; open?: boolean }) {
  const [replying, setReplying] = useState(open);
  if (opinion.can.moderate) return <ModerateButtons opinion={opinion} onDone={onDone} />;
  if (!opinion.can.reply) return null;
  if (!replying) {
    return (
      <Button className="btn btn-plain" onClick={() => setReplying(true)}>
        {opinion.reply ? '修改答复' : '答复'}
      </Button>
    );
  }
  return (
    <ReplyBox
      opinion={opinion}
      onDone={(v) => {
        setReplying(open);
        onDone(v);
      }}
      onCancel={open ? undefined : () => setReplying(false)}
    />
  );
}
