import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView, EvaluationSummaryView } from '@shared/api/views';
import { RESULT_LIMITS, SCORES, SCORE_LABELS } from '@shared/result/result';
import { call } from '../../api';
import { confirmFileObjection } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { ResultSection } from '../../components/ResultSection';
import { TextAreaField, tooLong } from '../../components/TextField';
import { useSubmit } from '../../hooks/useSubmit';
import { useTextDraft } from '../../hooks/useTextDraft';

const open = (url: string) => () => Taro.navigateTo({ url });

/**
 * 提出异议 while the result is on display. The draft's request id goes with it, so a retry (even
 * after a reload) files it once; the reason is kept on the device until filed.
 */
function ObjectionForm({ consultationId, onFiled }: { consultationId: string; onFiled: () => void }) {
  const [{ reason }, setTyped, draft] = useTextDraft(`objection:${consultationId}`, { reason: '' });
  const { busy, error, setError, run } = useSubmit();

  const file = async () => {
    setError('');
    if (!reason.trim()) return setError('请写明异议的理由');
    const over = tooLong('理由', reason, RESULT_LIMITS.reasonMax);
    if (over) return setError(over);
    if (!(await confirmFileObjection())) return;
    await run(async () => {
      await call('result', 'objection.file', { consultationId, requestId: draft.requestId, reason: reason.trim() });
      draft.sent();
      setTyped({ reason: '' });
      Taro.showToast({ title: '异议已提交', icon: 'success' });
      onFiled();
    });
  };

  return (
    <>
      <TextAreaField
        label="对公示的结果有异议？"
        value={reason}
        maxlength={RESULT_LIMITS.reasonMax}
        placeholder="请写明异议的理由（将公开显示，姓名部分隐去）"
        onInput={(v) => setTyped({ reason: v })}
        section
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-danger" disabled={busy} onClick={file}>
        {busy ? '正在提交…' : '提交异议'}
      </Button>
    </>
  );
}

const SCORE_OPTIONS = [...SCORES].reverse().map(String);
const SCORE_CHIPS: Record<string, string> = Object.fromEntries(SCORES.map((s) => [String(s), `${s}分 ${SCORE_LABELS[s]}`]));

/** 评价: a score from 1 to 5 and an optional comment; rating again replaces my rating while it is open. */
function EvaluationForm({ consultationId, evaluation, onDone }: { consultationId: string; evaluation: EvaluationSummaryView; onDone: () => void }) {
  const [{ score, comment }, setTyped, draft] = useTextDraft(`evaluation:${consultationId}`, {
    score: evaluation.mine ? String(evaluation.mine.score) : '',
    comment: evaluation.mine?.comment ?? '',
  });
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    setError('');
    if (!score) return setError('请选择1到5分');
    const over = tooLong('意见或建议', comment, RESULT_LIMITS.commentMax);
    if (over) return setError(over);
    await run(async () => {
      const text = comment.trim();
      await call('result', 'evaluation.submit', { consultationId, score: Number(score), ...(text ? { comment: text } : {}) });
      draft.sent();
      Taro.showToast({ title: '已评价', icon: 'success' });
      onDone();
    });
  };

  return (
    <View className="field section">
      <View className="field-label">{evaluation.mine ? '修改我的评价' : '您对落实结果满意吗？'}</View>
      <ChoiceChips options={SCORE_OPTIONS} labels={SCORE_CHIPS} value={score} onChange={(s) => setTyped((t) => ({ ...t, score: s }))} />
      <TextAreaField
        label="意见或建议（可不填）"
        value={comment}
        maxlength={RESULT_LIMITS.commentMax}
        placeholder="意见或建议（可不填，监督委员会会看到您的姓名）"
        onInput={(v) => setTyped((t) => ({ ...t, comment: v }))}
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '提交评价'}
      </Button>
    </View>
  );
}

/**
 * The detail page's 协商结果: the record as everyone reads it, with what a member may do here —
 * see the objections, object while the result is on display, rate the result once carried out.
 * The committee and the supervisors also find the rating report and the archive export here.
 */
export function Results({ detail, reload }: { detail: ConsultationDetailView; reload: () => void }) {
  const { id } = detail.consultation;
  const { publication, evaluation } = detail.result;
  const publicationSlot = (
    <>
      {publication && publication.objections.total > 0 ? (
        <Button className="btn btn-plain" onClick={open(`/board/objections/index?consultationId=${id}`)}>
          {publication.objections.open > 0 ? `查看异议及答复（${publication.objections.open} 条待答复）` : '查看异议及答复'}
        </Button>
      ) : null}
      {detail.canObject ? <ObjectionForm consultationId={id} onFiled={reload} /> : null}
    </>
  );
  const evaluationSlot = (
    <>
      {evaluation?.canEvaluate ? <EvaluationForm consultationId={id} evaluation={evaluation} onDone={reload} /> : null}
      {detail.records.report ? (
        <Button className="btn btn-plain" onClick={open(`/committee/report/index?consultationId=${id}`)}>
          测评报告
        </Button>
      ) : null}
    </>
  );
  const archiveSlot = detail.records.export ? (
    <Button className="btn btn-plain" onClick={open(`/committee/archive/index?id=${id}`)}>
      导出档案
    </Button>
  ) : null;
  return <ResultSection result={detail.result} slots={{ publication: publicationSlot, evaluation: evaluationSlot, archive: archiveSlot }} />;
}
