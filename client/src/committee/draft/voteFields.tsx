import { Picker, Text, View } from '@tarojs/components';
import type { CommunityKind } from '@shared/member/roles';
import { ruleLabelsOf, RULE_TEXTS, type RuleKind } from '@shared/voting/rules';
import { ChoiceChips } from '../../components/ChoiceChips';
import { TextField, TextAreaField } from '../../components/TextField';
import { voteFormProblems, type PlanForm } from './form';
import { GroupFields, ScopeChips } from './scopeFields';

/**
 * The vote plan's inputs, shared by the draft editor (表决安排) and the escalation to a statutory
 * meeting (提交会议表决): both edit the same vote fields of a PlanForm.
 */

export function DateTime({
  label,
  date,
  time,
  onDate,
  onTime,
}: {
  label: string;
  date: string;
  time: string;
  onDate: (v: string) => void;
  onTime: (v: string) => void;
}) {
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      <View className="row-start">
        <Picker mode="date" value={date} onChange={(e) => onDate(String(e.detail.value))}>
          <View className="picker">{date}</View>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => onTime(String(e.detail.value))}>
          <View className="picker">{time}</View>
        </Picker>
      </View>
    </View>
  );
}

/** An on/off choice as one chip that says ✓ when on, like the chips of the forms above it. */
export function Toggle({ label, on, onChange }: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className="chips">
      <Text className={`chip ${on ? 'chip-on' : ''}`} onClick={() => onChange(!on)}>
        {on ? '✓ ' : ''}
        {label}
      </Text>
    </View>
  );
}

/** What is asked, under which of `rules`, of whom, from when to when, and whether the ballot is secret. */
export function VoteFields(props: {
  form: PlanForm;
  setForm: (change: (f: PlanForm) => PlanForm) => void;
  communityKind?: CommunityKind;
  rules: readonly RuleKind[];
}) {
  const { form, setForm, communityKind, rules } = props;
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const problems = voteFormProblems(form, communityKind);
  return (
    <>
      <TextAreaField
        label="表决事项"
        value={form.voteQuestion}
        placeholder="写成可以回答同意或反对的一句话，例如：同意在2号楼加装电梯，费用按楼层分摊"
        maxlength={200}
        onInput={(v) => set('voteQuestion', v)}
      />
      <View className="field">
        <View className="field-label">表决规则</View>
        <ChoiceChips options={rules} labels={ruleLabelsOf(communityKind ?? 'community')} value={form.voteRule} onChange={(r) => set('voteRule', r)} />
        {form.voteRule ? <View className="field-hint">{RULE_TEXTS[form.voteRule]}</View> : null}
      </View>
      <View className="field">
        <View className="field-label">表决范围</View>
        <ScopeChips communityKind={communityKind} value={form.voteScopeKind} onChange={(k) => set('voteScopeKind', k)} />
        <View className="field-hint">默认与参与范围相同</View>
      </View>
      {form.voteScopeKind === 'owners' ? (
        <TextField
          label="表决涉及楼栋"
          value={form.voteBuildings}
          placeholder="例如：2号楼、3号楼"
          maxlength={200}
          onInput={(v) => set('voteBuildings', v)}
          hint={form.voteUnitIds.length ? `另有 ${form.voteUnitIds.length} 户单独列入的房屋，保存时保留` : undefined}
        />
      ) : null}
      {form.voteScopeKind === 'group' ? (
        <GroupFields
          label="表决的小组名称"
          communityKind={communityKind}
          group={form.voteGroup}
          form={form.voteGroupForm}
          onGroup={(v) => set('voteGroup', v)}
          onForm={(v) => set('voteGroupForm', v)}
        />
      ) : null}
      {problems.length ? (
        <View className="field">
          {problems.map((p) => (
            <View key={p} className="error-text">
              {p}
            </View>
          ))}
        </View>
      ) : null}
      <DateTime
        label="表决开始时间"
        date={form.voteOpenDate}
        time={form.voteOpenTime}
        onDate={(v) => set('voteOpenDate', v)}
        onTime={(v) => set('voteOpenTime', v)}
      />
      <DateTime
        label="表决截止时间"
        date={form.voteCloseDate}
        time={form.voteCloseTime}
        onDate={(v) => set('voteCloseDate', v)}
        onTime={(v) => set('voteCloseTime', v)}
      />
      <View className="field">
        <Toggle label="无记名投票" on={form.voteSecret} onChange={(on) => set('voteSecret', on)} />
        <View className="field-hint">无记名时，谁投了什么任何人都看不到（本人也看不到）；委员会没有未投票名单，录入纸质选票时只看到某位选民是否已投票</View>
      </View>
    </>
  );
}
