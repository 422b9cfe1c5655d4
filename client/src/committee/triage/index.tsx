import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { SuggestionView } from '@shared/api/views';
import { SUGGESTION_LIMITS, TRIAGE_DECISIONS, TRIAGE_LABELS, TRIAGE_NEEDS_TEXT, TRIAGE_TEXT_LABELS, type TriageDecision } from '@shared/suggestion/suggestion';
import { formatChinaTime } from '@shared/time';
import { ApiError, call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Field } from '../../components/ConsultationRecord';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { PhotoStrip } from '../../components/OpinionCard';
import { confirmStep } from '../../confirm';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { CataloguePicker } from '../../components/CataloguePicker';
import { TextAreaField } from '../../components/TextField';

type Answer = NonNullable<SuggestionView['answer']>;

const go = (url: string) => () => Taro.navigateTo({ url });

/** Someone else acted first (a newer version, or no longer in the state the step needs). */
const isStale = (e: unknown): e is ApiError => e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'WRONG_STATE');

/** The suggestion in full, as the committee keeps it: who, how it came in, where, and how many stand behind it. */
function SuggestionCard({ s }: { s: SuggestionView }) {
  const threshold = s.legalThreshold;
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{s.title}</Text>
        <Text className="tag">{s.stateLabel}</Text>
      </View>
      {s.overdue ? <Text className="tag tag-overdue">已超期未答复</Text> : null}
      {s.underReview ? <View className="meta">{s.can.moderate ? '内容待审核，其他居民暂时看不到' : '其他居民看不到这条建议（待审核或不公开）'}</View> : null}
      <View className="section">
        <Field label="提出人" value={s.authorName} />
        <Field label="代为录入" value={s.enteredByName} />
        <Field label="来源" value={s.channelLabel} />
        <Field label="涉及地点" value={s.place} />
        <Field label="协商事项" value={s.categoryName || '未选择'} />
        <Field label="提出时间" value={formatChinaTime(s.createdAt)} />
        {s.state === 'open' ? <Field label="答复期限" value={formatChinaTime(s.answerDueAt)} /> : null}
        <Field label="附议" value={`${s.cosigns} 人`} />
      </View>
      {threshold ? (
        <View className="meta">
          已达法定提议人数：{threshold.count}
          {threshold.unit}提议，法定须 {threshold.needed}
          {threshold.unit}（按{threshold.basisLabel}计），{formatChinaTime(threshold.reachedAt)} 达到
        </View>
      ) : null}
      <View className="opinion-text">{s.description}</View>
      <PhotoStrip photos={s.photos} />
    </View>
  );
}

const confirmModerate = (approve: boolean) =>
  approve
    ? confirmStep('公开建议', '公开后本社区居民都能看到这条建议并附议，不能撤回。确定公开吗？', '确定公开', '再看看')
    : confirmStep('不公开', '这条建议将不向其他居民显示，仍留在台账中并须答复；不能撤销。确定不公开吗？', '不公开', '再看看');

/** 审核: a suggestion the content check held is made public or kept from view; both are final, so both ask first. */
function Moderate(props: { s: SuggestionView; onDone: (v: SuggestionView) => void; onStale: (text: string) => void }) {
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');
  const moderate = async (approve: boolean) => {
    setError('');
    if (!(await confirmModerate(approve))) return;
    await run(async () => {
      try {
        props.onDone(await call('suggestion', 'suggestion.moderate', { id: props.s.id, approve }));
      } catch (e) {
        if (!isStale(e)) throw e;
        props.onStale('其他委员已审核，请刷新');
      }
    });
  };
  return (
    <View className="card">
      <View className="meta">这条建议的内容待审核：公开后其他居民才能看到和附议。</View>
      <Button className="btn btn-primary" disabled={busy} onClick={() => moderate(true)}>
        公开
      </Button>
      <Button className="btn btn-danger" disabled={busy} onClick={() => moderate(false)}>
        不公开
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/**
 * The suggestions this one may go into: the server takes an open or an already accepted one
 * (a matter already being consulted on is the commonest duplicate). Newest first, one page each.
 */
function MergePicker(props: { s: SuggestionView; value: SuggestionView | null; onChange: (v: SuggestionView) => void }) {
  const loaded = useLoad(async () => {
    const [open, accepted] = await Promise.all([
      call('suggestion', 'suggestion.ledger', { state: 'open' }),
      call('suggestion', 'suggestion.ledger', { state: 'accepted' }),
    ]);
    return [...open.items, ...accepted.items].filter((o) => o.id !== props.s.id);
  });
  let body;
  if (loaded.status === 'loading') body = <Loading />;
  else if (loaded.status === 'error') body = <Failure error={loaded.error} onRetry={loaded.reload} />;
  else if (loaded.data.length === 0) body = <Empty text="没有其他待答复或已立项的建议可以合并" />;
  else {
    body = loaded.data.map((o) => {
      const on = o.id === props.value?.id;
      return (
        <View key={o.id} className={`card merge-option ${on ? 'chip-on' : ''}`} onClick={() => props.onChange(o)}>
          <View>
            {on ? '✓ ' : ''}
            {o.title}
          </View>
          <View className="meta">
            {o.stateLabel} · {o.place} · 附议 {o.cosigns} 人
          </View>
        </View>
      );
    });
  }
  return (
    <View className="field">
      <View className="field-label">合并到哪条建议</View>
      {body}
    </View>
  );
}

function confirmTriage(decision: TriageDecision, mergeTitle: string) {
  const content =
    decision === 'accept'
      ? '将以这条建议立项，生成议题草稿，提出人和附议的居民将自动关注该议题。答复后不能修改。确定立项吗？'
      : decision === 'merge'
        ? `将这条建议合并到《${mergeTitle}》一并处理，并通知提出人和附议的居民。答复后不能修改。确定合并吗？`
        : `将以“${TRIAGE_LABELS[decision]}”答复，并通知提出人和附议的居民。答复后不能修改。确定答复吗？`;
  return confirmStep('答复建议', content, '确定答复', '再看看');
}

/** 答复: the decision, its text (required where the residents are owed a reason), and what it needs. */
function TriageForm(props: { s: SuggestionView; onDone: (v: SuggestionView) => void; onStale: (text: string) => void }) {
  const { s } = props;
  const [decision, setDecision] = useState<TriageDecision | undefined>();
  const [text, setText] = useState('');
  const [mergeInto, setMergeInto] = useState<SuggestionView | null>(null);
  const [categoryId, setCategoryId] = useState('');
  const { busy, error, setError, run } = useSubmit('答复失败，请重试');
  // 立项 makes a draft under a catalogue matter: the suggestion's own, or one chosen here.
  const needsCategory = decision === 'accept' && !s.categoryId;

  const send = async () => {
    if (!decision) return setError('请选择处理方式');
    if (TRIAGE_NEEDS_TEXT[decision] && !text.trim()) return setError(`请填写${TRIAGE_TEXT_LABELS[decision]}`);
    if (decision === 'merge' && !mergeInto) return setError('请选择要合并到的建议');
    if (needsCategory && !categoryId) return setError('请为立项的议题选择协商事项');
    setError('');
    if (!(await confirmTriage(decision, mergeInto?.title ?? ''))) return;
    await run(async () => {
      try {
        props.onDone(
          await call('suggestion', 'suggestion.triage', {
            id: s.id,
            version: s.version,
            decision,
            text: text.trim(),
            ...(decision === 'merge' && mergeInto ? { mergeInto: mergeInto.id } : {}),
            ...(needsCategory ? { categoryId } : {}),
          }),
        );
      } catch (e) {
        if (!isStale(e)) throw e;
        props.onStale(e.code === 'CONFLICT' ? '其他委员已答复，请刷新' : e.message);
      }
    });
  };

  return (
    <View className="card triage-form">
      <View className="card-title">答复</View>
      <View className="field">
        <View className="field-label">处理方式</View>
        <ChoiceChips options={TRIAGE_DECISIONS} labels={TRIAGE_LABELS} value={decision} onChange={setDecision} />
      </View>
      {decision === 'merge' ? <MergePicker s={s} value={mergeInto} onChange={setMergeInto} /> : null}
      {needsCategory ? (
        <CataloguePicker
          label="协商事项（立项须选择）"
          hint="这条建议没有选择协商事项，请从目录中选择"
          value={categoryId}
          onChange={(id) => setCategoryId(id)}
        />
      ) : null}
      {decision ? (
        <TextAreaField
          label={TRIAGE_TEXT_LABELS[decision]}
          value={text}
          placeholder={TRIAGE_NEEDS_TEXT[decision] ? '必填，提出人和附议的居民会看到' : '可不填，提出人和附议的居民会看到'}
          maxlength={SUGGESTION_LIMITS.answerMax}
          onInput={setText}
        />
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={send}>
        {busy ? '正在提交…' : '提交答复'}
      </Button>
    </View>
  );
}

/** The answer given, with the way on: the draft made from it, or the suggestion it went into. */
function AnswerCard({ answer, justAccepted }: { answer: Answer; justAccepted: boolean }) {
  const { consultation, mergedInto } = answer;
  return (
    <View className="card answer-card">
      <View className="card-title">答复：{answer.decisionLabel}</View>
      {answer.text ? <View className="opinion-text">{answer.text}</View> : null}
      <View className="meta">
        {answer.byName} · {formatChinaTime(answer.at)}
      </View>
      {consultation ? (
        <>
          <View className="meta">立项议题：《{consultation.title}》</View>
          {/* Right after 立项 the draft is still the committee's to complete; later, the detail says what may be done. */}
          {justAccepted ? (
            <Button className="btn btn-primary" onClick={go(`/committee/draft/index?id=${consultation.id}`)}>
              去完善议题方案
            </Button>
          ) : null}
          <Button className="btn btn-plain" onClick={go(`/consultation/detail/index?id=${consultation.id}`)}>
            查看议题
          </Button>
        </>
      ) : null}
      {mergedInto ? (
        <Button className="btn btn-plain" onClick={go(`/committee/triage/index?id=${mergedInto.id}`)}>
          查看合并到的建议《{mergedInto.title}》
        </Button>
      ) : null}
    </View>
  );
}

/** At the same version the reload is the fresher: its co-sign count is newer. */
const newer = (loaded: SuggestionView, updated: SuggestionView | null) => (updated && updated.version > loaded.version ? updated : loaded);

/**
 * 答复建议: one suggestion in full for the committee (and, read only, the supervisory committee),
 * its review if the content check held it, and the answer: given once, by whoever is first.
 */
export default function TriagePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const loaded = useLoad(() => call('suggestion', 'suggestion.get', { id }));
  const [updated, setUpdated] = useState<SuggestionView | null>(null);
  const [notice, setNotice] = useState('');
  const [justAccepted, setJustAccepted] = useState(false);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const s = newer(loaded.data, updated);

  const stale = (text: string) => {
    setNotice(text);
    loaded.reload();
  };
  const moderated = (v: SuggestionView) => {
    setNotice('');
    setUpdated(v);
    Taro.showToast({ title: v.underReview ? '已设为不公开' : '已公开', icon: 'success' });
  };
  const answered = (v: SuggestionView) => {
    setNotice('');
    setUpdated(v);
    setJustAccepted(v.answer?.decision === 'accept');
    Taro.showToast({ title: v.answer?.decision === 'accept' ? '已立项' : '已答复', icon: 'success' });
  };

  let answer;
  if (s.answer) answer = <AnswerCard answer={s.answer} justAccepted={justAccepted} />;
  else if (s.can.triage) answer = <TriageForm s={s} onDone={answered} onStale={stale} />;
  else answer = <View className="card meta">尚未答复，答复期限至 {formatChinaTime(s.answerDueAt)}</View>;

  return (
    <View className="page">
      {notice ? <View className="card error-text">{notice}</View> : null}
      <SuggestionCard s={s} />
      {s.can.moderate ? <Moderate s={s} onDone={moderated} onStale={stale} /> : null}
      {answer}
    </View>
  );
}
