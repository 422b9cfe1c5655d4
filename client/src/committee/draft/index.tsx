import { useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { AttachmentPicker } from '../components/AttachmentPicker';
import { CataloguePicker } from '../../components/CataloguePicker';
import { FORMS, FORM_LABELS, type Form } from '@shared/consultation/plan';
import type { CommunityKind } from '@shared/member/roles';
import { RULE_KINDS, rulesFor } from '@shared/voting/rules';
import { TextField, TextAreaField } from '../../components/TextField';
import { ApiError, call, errorText, errorWithDetails, newRequestId } from '../../api';
import { confirmPublish } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { emptyForm, formFromPlan, planFromForm, withVoteDefaults, type PlanForm } from './form';
import { GroupFields, ScopeChips } from './scopeFields';
import { DateTime, Toggle, VoteFields } from './voteFields';
import { now } from '../../clock';

/**
 * 表决安排: a consultation that ends in a decision says now what will be asked, under which legal
 * rule, of whom and when, so residents read it in the notice before anyone votes.
 */
function VoteSection(props: { form: PlanForm; setForm: (change: (f: PlanForm) => PlanForm) => void; communityKind?: CommunityKind }) {
  const { form, setForm, communityKind } = props;
  // A rule for the other kind of community is never right here: offered only if a saved plan already has it.
  const rules = communityKind ? RULE_KINDS.filter((r) => rulesFor(communityKind).includes(r) || r === form.voteRule) : RULE_KINDS;
  return (
    <View className="section">
      <View className="section-title">表决安排</View>
      <View className="field">
        <Toggle label="本次协商需要表决" on={form.voteOn} onChange={(on) => setForm((f) => (on ? withVoteDefaults(f) : { ...f, voteOn: false }))} />
        <View className="field-hint">需要居民投票作出决定的事项（如使用公共收益、加装电梯）请勾选</View>
      </View>
      {form.voteOn ? <VoteFields form={form} setForm={setForm} communityKind={communityKind} rules={rules} /> : null}
    </View>
  );
}

/** What an unfinished vote plan still needs, said beside the buttons; empty when complete or off. */
function voteNote(form: PlanForm, communityKind: CommunityKind | undefined): string {
  const built = planFromForm(form, communityKind);
  return 'voteProblem' in built && built.voteProblem ? `表决安排尚未完成：${built.voteProblem}` : '';
}

/**
 * 制定协商方案: a committee member picks a matter from the catalogue, writes the plan, saves it as
 * a draft and publishes the notice. Saving again updates the same draft; a retried first save
 * carries the same request id and so never creates a second one.
 */
export default function DraftEditor() {
  const { params } = useRouter();
  const [id, setId] = useState(params.id ?? '');
  const [version, setVersion] = useState(0);
  // A new draft learns the community's kind from the page that opened it; an existing one from its load.
  const [communityKind, setCommunityKind] = useState<CommunityKind | undefined>(
    params.kind === 'community' || params.kind === 'village' ? params.kind : undefined,
  );
  const [form, setForm] = useState<PlanForm>(() => emptyForm(now()));
  const [loading, setLoading] = useState(Boolean(params.id));
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState('');
  /** What a save kept as it stands, for the committee to finish later (an unfinished vote). */
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  const load = () => {
    if (!params.id) return;
    setLoading(true);
    call('consultation', 'consultation.get', { id: params.id }).then(
      (d) => {
        const loadedForm = formFromPlan(d.consultation.plan, now());
        setForm(loadedForm);
        setCommunityKind(d.community.kind);
        setVersion(d.consultation.version);
        setMissing(d.missing);
        setNote(voteNote(loadedForm, d.community.kind));
        // Arrived from 发布公告 on a plan that was not yet complete: say so where the buttons are.
        if (params.check === '1' && d.missing.length > 0) setError(`草稿已保存，发布前还需填写：${d.missing.join('、')}`);
        setLoadError(null);
        setLoading(false);
      },
      (e: ApiError) => {
        setLoadError(e);
        setLoading(false);
      },
    );
  };
  useEffect(load, [params.id, params.check]);

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggleForm = (x: Form) => set('forms', form.forms.includes(x) ? form.forms.filter((y) => y !== x) : [...form.forms, x]);

  /**
   * Saves the plan and returns the draft's id, version and what it still lacks; null when it could
   * not. An unfinished vote is saved as it stands and said plainly rather than refused.
   */
  const save = async (): Promise<{ id: string; version: number; missing: string[]; created: boolean } | null> => {
    const built = planFromForm(form, communityKind);
    if ('problem' in built) {
      setError(built.problem);
      return null;
    }
    try {
      const saved = id
        ? await call('consultation', 'consultation.updateDraft', { id, version, plan: built.plan })
        : await call('consultation', 'consultation.createDraft', { requestId: requestId.current, plan: built.plan });
      setId(saved.id);
      setVersion(saved.version);
      setMissing(saved.missing);
      setNote(voteNote(form, communityKind));
      return { ...saved, created: !id };
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '保存失败，请重试');
      setError(errorWithDetails(err));
      return null;
    }
  };

  const onSave = async () => {
    setBusy(true);
    setError('');
    const saved = await save();
    setBusy(false);
    if (!saved) return;
    Taro.showToast({ title: '草稿已保存', icon: 'success' });
    // The draft's own address from now on: a reload opens it, and the next save updates it.
    if (saved.created) Taro.redirectTo({ url: `/committee/draft/index?id=${saved.id}` });
  };

  /**
   * 发布公告: the plan is saved and checked first, every gap named at once; only a complete plan
   * is confirmed, then published.
   */
  const onPublish = async () => {
    setError('');
    setBusy(true);
    const saved = await save();
    if (!saved) return setBusy(false);
    if (saved.missing.length > 0) {
      setBusy(false);
      if (saved.created) return Taro.redirectTo({ url: `/committee/draft/index?id=${saved.id}&check=1` });
      return setError(`草稿已保存，发布前还需填写：${saved.missing.join('、')}`);
    }
    if (!(await confirmPublish())) {
      setBusy(false);
      if (saved.created) Taro.redirectTo({ url: `/committee/draft/index?id=${saved.id}` });
      return;
    }
    try {
      await call('consultation', 'consultation.publishNotice', { id: saved.id, version: saved.version });
      Taro.redirectTo({ url: `/consultation/detail/index?id=${saved.id}` });
    } catch (e) {
      setError(errorText(e, '发布失败，请重试'));
      setBusy(false);
    }
  };

  if (loading) return <Loading />;
  if (loadError) return <Failure error={loadError} onRetry={load} />;
  return (
    <View className="page">
      <CataloguePicker
        label="协商事项（从协商事项目录中选择）"
        value={form.categoryId}
        onChange={(itemId, name) => setForm((f) => ({ ...f, categoryId: itemId, title: f.title || name }))}
      />
      <TextField label="议题标题" value={form.title} placeholder="例如：2号楼加装电梯方案" maxlength={60} onInput={(v) => set('title', v)} />
      <TextAreaField
        label="背景说明"
        value={form.background}
        placeholder="为什么要协商这件事，现状和需要商量的问题"
        maxlength={5000}
        onInput={(v) => set('background', v)}
      />
      <AttachmentPicker
        label="附件（选填）"
        hint="居民在公告中可打开阅读，如公约草案、图纸、预算"
        value={form.attachments}
        onChange={(update) => setForm((f) => ({ ...f, attachments: update(f.attachments) }))}
      />
      <View className="field">
        <View className="field-label">协商形式（可多选）</View>
        <View className="chips">
          {FORMS.map((x) => (
            <Text key={x} className={`chip ${form.forms.includes(x) ? 'chip-on' : ''}`} onClick={() => toggleForm(x)}>
              {form.forms.includes(x) ? '✓ ' : ''}
              {FORM_LABELS[x]}
            </Text>
          ))}
        </View>
      </View>
      <DateTime label="开始时间" date={form.startDate} time={form.startTime} onDate={(v) => set('startDate', v)} onTime={(v) => set('startTime', v)} />
      <DateTime label="结束时间" date={form.endDate} time={form.endTime} onDate={(v) => set('endDate', v)} onTime={(v) => set('endTime', v)} />
      <TextField
        label="地点"
        value={form.place}
        placeholder="会议或听证的地点"
        maxlength={100}
        onInput={(v) => set('place', v)}
        hint="会议、听证须填写；仅书面或网上协商可不填"
      />
      <TextField label="主持人" value={form.host} placeholder="主持人姓名" maxlength={30} onInput={(v) => set('host', v)} />
      <View className="field">
        <View className="field-label">参与范围</View>
        <ScopeChips communityKind={communityKind} value={form.scopeKind} onChange={(k) => set('scopeKind', k)} />
      </View>
      {form.scopeKind === 'owners' ? (
        <TextField label="涉及楼栋" value={form.buildings} placeholder="例如：2号楼、3号楼" maxlength={200} onInput={(v) => set('buildings', v)} />
      ) : null}
      {form.scopeKind === 'group' ? (
        <GroupFields
          label="小组名称"
          communityKind={communityKind}
          group={form.group}
          form={form.groupForm}
          onGroup={(v) => set('group', v)}
          onForm={(v) => set('groupForm', v)}
        />
      ) : null}
      <TextField
        label="参加人员说明（选填）"
        value={form.participantsNote}
        placeholder="例如：物业、业委会代表列席"
        maxlength={500}
        onInput={(v) => set('participantsNote', v)}
      />
      <TextField
        label="公示天数"
        type="number"
        value={form.noticeDays}
        placeholder="不填则按本社区默认天数"
        maxlength={2}
        onInput={(v) => set('noticeDays', v)}
        hint="公告发布后至少公示这么多天才能开始协商"
      />
      <VoteSection form={form} setForm={setForm} communityKind={communityKind} />
      {missing.length > 0 ? <View className="meta">发布前还需填写：{missing.join('、')}</View> : null}
      {note ? <View className="meta">{note}</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-plain" disabled={busy} onClick={onSave}>
        保存草稿
      </Button>
      <Button className="btn btn-primary" disabled={busy} onClick={onPublish}>
        发布公告
      </Button>
    </View>
  );
}
