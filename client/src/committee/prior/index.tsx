import { useState } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { PRIOR_LIMITS, PRIOR_STEPS_BY_KIND, type PriorStep } from '@shared/consultation/priorDiscussion';
import { TERMS } from '@shared/member/terms';
import { toChinaDateTimeParts } from '@shared/time';
import { ApiError, call } from '../../api';
import { now } from '../../clock';
import { confirmPriorStep } from '../../confirm';
import { formatDay } from '../../dates';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { FourAndTwoPublic, PriorSteps } from '../../components/PriorDiscussion';
import { TextAreaField, TextField, tooLong } from '../../components/TextField';
import { useTextDraft } from '../../hooks/useTextDraft';
import { backToDetail, ConsultationHeader, WithDetail } from '../components/followUpPage';

/** The meeting that usually takes each step: the placeholder names it, the committee writes the real one. */
const MEETING_EXAMPLES: Record<PriorStep, string> = {
  party_discussion: '例如：社区党委会',
  party_proposal: '例如：村党支部委员会',
  two_committees: '例如：村“两委”联席会议',
  party_members: '例如：党员大会',
};

type FieldName = 'heldOn' | 'meeting' | 'conclusion' | 'evidence';
type FieldErrors = Partial<Record<FieldName, string>>;
interface Typed {
  heldOn: string;
  meeting: string;
  conclusion: string;
}

/** What keeps the step from being sent, by field, checked as the server checks it. */
function problemsOf(t: Typed, photos: PickedPhoto[], today: string, previous?: string): FieldErrors {
  const found: FieldErrors = {};
  if (!t.heldOn) found.heldOn = '请选择会议日期';
  else if (t.heldOn > today) found.heldOn = '会议日期不能晚于今天';
  else if (previous && t.heldOn < previous) found.heldOn = `会议日期不能早于上一步的会议（${formatDay(previous)}）`;
  const meeting = t.meeting.trim().length < 2 ? '请填写会议名称' : tooLong('会议名称', t.meeting, PRIOR_LIMITS.meetingMax);
  if (meeting) found.meeting = meeting;
  const conclusion = t.conclusion.trim().length < 2 ? '请填写研究结论' : tooLong('研究结论', t.conclusion, PRIOR_LIMITS.conclusionMax);
  if (conclusion) found.conclusion = conclusion;
  if (stillUploading(photos)) found.evidence = '照片还在上传，请稍候';
  else if (uploadedIds(photos).length === 0) found.evidence = '请上传会议记录的照片';
  return found;
}

/**
 * The server's INVALID_INPUT under the fields it is about: the schema's details name the field
 * (`meeting: 请填写会议名称`, `evidence.0: …`); its own date checks say 会议日期. Null when none
 * matches, and the message is shown above the button as it came.
 */
function fieldErrorsOf(e: ApiError): FieldErrors | null {
  if (e.code !== 'INVALID_INPUT') return null;
  const found: FieldErrors = {};
  for (const line of e.details ?? []) {
    const m = /^(heldOn|meeting|conclusion|evidence)(?:\.\d+)?: (.+)$/.exec(line);
    if (m) found[m[1] as FieldName] ??= m[2];
  }
  if (!e.details?.length && e.message.includes('会议日期')) found.heldOn = e.message;
  return Object.keys(found).length ? found : null;
}

const FieldError = ({ text }: { text?: string }) => (text ? <View className="error-text">{text}</View> : null);

/**
 * One step's record: the day, the meeting, its conclusion and photos of the minutes. What is typed
 * is kept on the device until the server has it; photos stay on screen through any failure.
 */
function PriorStepForm(props: { detail: ConsultationDetailView; onRecorded: (d: ConsultationDetailView) => void; reload: () => void }) {
  const { detail } = props;
  const { id, version } = detail.consultation;
  const next = detail.prior!.next!;
  const kind = detail.community.kind;
  const steps = PRIOR_STEPS_BY_KIND[kind];
  const recorded = detail.prior!.steps;
  const previous = recorded.length ? recorded[recorded.length - 1].heldOn : undefined;
  const today = toChinaDateTimeParts(now()).date;
  const [typed, setTyped, draft] = useTextDraft<Typed>(`prior:${id}:${next.step}`, { heldOn: '', meeting: '', conclusion: '' });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // A field changed is a field being fixed: its error goes until the next submit says otherwise.
  const change = (field: keyof Typed, value: string) => {
    setTyped((t) => ({ ...t, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const changePhotos: typeof setPhotos = (update) => {
    setPhotos(update);
    setErrors((e) => ({ ...e, evidence: undefined }));
  };

  const submit = async () => {
    setError('');
    const found = problemsOf(typed, photos, today, previous);
    setErrors(found);
    if (Object.keys(found).length > 0) return setError('请按提示修改后再提交');
    if (!(await confirmPriorStep(next.label))) return;
    setBusy(true);
    try {
      const recorded = await call('consultation', 'consultation.recordPriorStep', {
        id,
        version,
        step: next.step,
        heldOn: typed.heldOn,
        meeting: typed.meeting.trim(),
        conclusion: typed.conclusion.trim(),
        evidence: uploadedIds(photos),
      });
      draft.sent();
      Taro.showToast({ title: '已记录', icon: 'success' });
      props.onRecorded(recorded);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '记录失败，请重试');
      const byField = fieldErrorsOf(err);
      if (byField) setErrors(byField);
      setError(byField ? '请按提示修改后再提交' : err.message);
      // Someone else changed the consultation: the fresh version comes in under what is typed.
      if (err.code === 'CONFLICT' || err.code === 'WRONG_STATE') props.reload();
    } finally {
      setBusy(false);
    }
  };

  const meetingWord = `${TERMS[kind].people}会议`;
  return (
    <View className="section">
      <View className="section-title">
        记录{steps.length > 1 ? `第${steps.indexOf(next.step) + 1}步（共${steps.length}步）：` : '：'}
        {next.label}
      </View>
      <View className="field">
        <View className="field-label">会议日期</View>
        <Picker mode="date" value={typed.heldOn || today} start={previous} end={today} onChange={(e) => change('heldOn', String(e.detail.value))}>
          <View className="picker">{typed.heldOn ? formatDay(typed.heldOn) : '请选择会议日期'}</View>
        </Picker>
        <View className="field-hint">会议实际召开的日期，不能晚于今天{previous ? `，也不能早于上一步的会议（${formatDay(previous)}）` : ''}</View>
        <FieldError text={errors.heldOn} />
      </View>
      <TextField
        label="会议名称"
        value={typed.meeting}
        placeholder={MEETING_EXAMPLES[next.step]}
        maxlength={PRIOR_LIMITS.meetingMax}
        onInput={(v) => change('meeting', v)}
      />
      <FieldError text={errors.meeting} />
      <TextAreaField
        label="研究结论"
        value={typed.conclusion}
        placeholder={`会议研究的意见，例如：同意将此事项提交${meetingWord}表决`}
        maxlength={PRIOR_LIMITS.conclusionMax}
        onInput={(v) => change('conclusion', v)}
        counted
      />
      <FieldError text={errors.conclusion} />
      <PhotoPicker
        label="会议记录照片（必填）"
        hint="请拍下会议记录中这项议题的页面（含日期、参会人员和结论）；仅委员会和监督委员会可见"
        photos={photos}
        onChange={changePhotos}
        max={PRIOR_LIMITS.photosMax}
        disabled={busy}
      />
      <FieldError text={errors.evidence} />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在记录…' : '提交记录'}
      </Button>
      <View className="field-hint">记录后不能修改或删除，并记入协商记录和档案</View>
    </View>
  );
}

/** Why this matter waits for the Party organisation, in the community's own words. */
function Why({ detail }: { detail: ConsultationDetailView }) {
  const t = TERMS[detail.community.kind];
  const village = detail.community.kind === 'village';
  return (
    <View className="field-hint">
      {village
        ? `按“四议两公开”，提交${t.people}会议或${t.representatives}会议决议的事项，须先经村党组织提议、村“两委”会议商议、党员大会审议，依次记录后才能开始表决。`
        : `提交${t.people}会议或${t.representatives}会议表决的事项，须先经社区党组织研究讨论，记录后才能开始表决。`}
    </View>
  );
}

function PriorPage(props: { detail: ConsultationDetailView; onRecorded: (d: ConsultationDetailView) => void; reload: () => void }) {
  const { detail } = props;
  const prior = detail.prior!;
  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      <Why detail={detail} />
      {prior.sequence ? <FourAndTwoPublic sequence={prior.sequence} /> : null}
      {prior.steps.length > 0 ? (
        <View className="section">
          <View className="section-title">已记录</View>
          <PriorSteps steps={prior.steps} />
        </View>
      ) : null}
      {prior.next ? (
        // Keyed by the step: the next one starts from an empty form of its own.
        <PriorStepForm key={prior.next.step} detail={detail} onRecorded={props.onRecorded} reload={props.reload} />
      ) : (
        <View className="card">{prior.done ? '前置研究已全部记录' : '只有委员会可以记录前置研究'}</View>
      )}
      {!prior.next ? (
        <Button className="btn btn-plain" onClick={() => backToDetail(detail.consultation.id)}>
          返回协商详情
        </Button>
      ) : null}
    </View>
  );
}

/**
 * 前置研究: since 2026 a matter a 居民／村民会议 or 代表会议 decides is first discussed by the Party
 * organisation, and the vote waits until the committee records it here — a 社区's one discussion,
 * a 村's three steps of 四议两公开 in order. A 村 records one step after another on this page;
 * the last one takes the committee back to the consultation.
 */
export default function PriorDiscussionPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  // What the last record answered; newer than the load until the page reloads.
  const [recorded, setRecorded] = useState<ConsultationDetailView | null>(null);
  const onRecorded = (d: ConsultationDetailView) => {
    if (!d.prior?.next) return void backToDetail(id);
    setRecorded(d);
    Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  };
  return (
    <WithDetail id={id} isOpen={(d) => d.prior !== undefined} closed="此议题不需要记录前置研究">
      {(loaded, reload) => (
        <PriorPage
          detail={recorded && recorded.consultation.version > loaded.consultation.version ? recorded : loaded}
          onRecorded={onRecorded}
          reload={reload}
        />
      )}
    </WithDetail>
  );
}
