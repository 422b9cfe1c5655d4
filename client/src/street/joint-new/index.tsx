import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { StreetHomeView } from '@shared/api/views';
import type { CommunityKind } from '@shared/member/roles';
import { JOINT_COUNT_RULES, JOINT_COUNT_RULE_LABELS, type JointCountRule } from '@shared/street/joint';
import { RULE_KINDS, rulesFor } from '@shared/voting/rules';
import { call, newRequestId } from '../../api';
import { usePageClass } from '../../care/careMode';
import { now } from '../../clock';
import { confirmPublishJoint } from '../../confirm';
import { CataloguePicker } from '../../components/CataloguePicker';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { emptyForm, planFromForm, withVoteDefaults, type PlanForm } from '../../committee/draft/form';
import { DateTime, Toggle, VoteFields } from '../../committee/draft/voteFields';

/** Each community takes part as a whole: its residents, its households or its representatives. */
const SCOPES = ['residents', 'households', 'representatives'] as const;
type ScopeAcross = (typeof SCOPES)[number];
const SCOPE_LABELS: Record<ScopeAcross, string> = { residents: '各社区居民', households: '各社区每户一票', representatives: '各社区居民代表' };

/** The rules every chosen community may vote under: a 村民会议 only in villages, a 居民会议 only in 社区. */
function rulesForAll(kinds: CommunityKind[]) {
  return RULE_KINDS.filter((r) => kinds.every((k) => rulesFor(k).includes(r)));
}

function CommunityChoice({ home, chosen, onToggle }: { home: StreetHomeView; chosen: string[]; onToggle: (id: string) => void }) {
  return (
    <View className="field">
      <View className="field-label">参与的社区（至少两个）</View>
      <View className="chips">
        {home.communities.map((c) => (
          <Text key={c.id} className={`chip ${chosen.includes(c.id) ? 'chip-on' : ''}`} onClick={() => onToggle(c.id)}>
            {chosen.includes(c.id) ? '✓ ' : ''}
            {c.name}
          </Text>
        ))}
      </View>
      <View className="field-hint">每个社区按本社区的名册确定参与和表决的人，各自的公示栏同时公告。</View>
    </View>
  );
}

function JointForm({ home }: { home: StreetHomeView }) {
  const [form, setForm] = useState<PlanForm>(() => ({ ...emptyForm(now()), forms: ['online'], scopeKind: 'residents' }));
  const [chosen, setChosen] = useState<string[]>(() => home.communities.map((c) => c.id));
  const [countRule, setCountRule] = useState<JointCountRule>('overall');
  const requestId = useRef(newRequestId());
  const { busy, error, setError, run } = useSubmit('发布失败，请重试');
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const kinds = [...new Set(home.communities.filter((c) => chosen.includes(c.id)).map((c) => c.kind))];
  const kind = kinds.length === 1 ? kinds[0] : undefined;
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  const publish = async () => {
    if (chosen.length < 2) return setError('跨社区协商至少选择两个社区');
    const built = planFromForm(form, kind);
    if ('problem' in built) return setError(built.problem);
    if (built.voteProblem) return setError(`表决安排尚未完成：${built.voteProblem}`);
    const names = home.communities.filter((c) => chosen.includes(c.id)).map((c) => c.name);
    if (!(await confirmPublishJoint(names))) return;
    await run(async () => {
      const joint = await call('street', 'street.createJoint', { requestId: requestId.current, plan: built.plan, communityIds: chosen, countRule });
      Taro.redirectTo({ url: `/street/joint/index?id=${joint.id}` });
    });
  };

  return (
    <>
      <CommunityChoice home={home} chosen={chosen} onToggle={toggle} />
      <CataloguePicker
        label="协商事项（从协商事项目录中选择）"
        value={form.categoryId}
        onChange={(itemId, name) => setForm((f) => ({ ...f, categoryId: itemId, title: f.title || name }))}
      />
      <TextField label="议题标题" value={form.title} placeholder="例如：和平路拓宽改造" maxlength={60} onInput={(v) => set('title', v)} />
      <TextAreaField
        label="背景说明"
        value={form.background}
        placeholder="涉及哪些社区、为什么要一起商量"
        maxlength={5000}
        onInput={(v) => set('background', v)}
      />
      <DateTime label="开始时间" date={form.startDate} time={form.startTime} onDate={(v) => set('startDate', v)} onTime={(v) => set('startTime', v)} />
      <DateTime label="结束时间" date={form.endDate} time={form.endTime} onDate={(v) => set('endDate', v)} onTime={(v) => set('endTime', v)} />
      <TextField label="主持人" value={form.host} placeholder="例如：和平街道 何静" maxlength={30} onInput={(v) => set('host', v)} />
      <TextField label="地点（选填）" value={form.place} placeholder="线下会议的地点，仅网上协商可不填" maxlength={100} onInput={(v) => set('place', v)} />
      <View className="field">
        <View className="field-label">参与范围</View>
        <ChoiceChips<ScopeAcross> options={SCOPES} labels={SCOPE_LABELS} value={form.scopeKind as ScopeAcross} onChange={(k) => set('scopeKind', k)} />
      </View>
      <View className="section">
        <View className="section-title">表决安排</View>
        <Toggle label="本次协商需要表决" on={form.voteOn} onChange={(on) => setForm((f) => (on ? withVoteDefaults(f) : { ...f, voteOn: false }))} />
        {form.voteOn ? <VoteFields form={form} setForm={setForm} communityKind={kind} rules={rulesForAll(kinds)} /> : null}
      </View>
      {form.voteOn ? (
        <View className="field">
          <View className="field-label">各社区的表决如何决定</View>
          <ChoiceChips options={JOINT_COUNT_RULES} labels={JOINT_COUNT_RULE_LABELS} value={countRule} onChange={setCountRule} />
        </View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={publish}>
        {busy ? '正在发布…' : '发布到各社区'}
      </Button>
    </>
  );
}

/**
 * 发起跨社区协商: a street officer plans one matter for several of the street's communities and
 * publishes it to each at once (seed 002: matters spanning communities are led by the 街道).
 */
export default function NewJoint() {
  const pageClass = usePageClass();
  const home = useLoad(() => call('street', 'street.home', {}));
  if (home.status === 'loading') return <Loading />;
  if (home.status === 'error') return <Failure error={home.error} onRetry={home.reload} />;
  return (
    <View className={pageClass}>
      {home.data.me.mayAct ? <JointForm home={home.data} /> : <View className="card meta">民政／督查账号只能查看，不能发起协商。</View>}
    </View>
  );
}
