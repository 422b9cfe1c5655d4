import { View } from '@tarojs/components';
import { SCOPE_KINDS, scopeLabelsOf, type ScopeKind } from '@shared/consultation/plan';
import type { CommunityKind } from '@shared/member/roles';
import { TERMS } from '@shared/member/terms';
import { ChoiceChips } from '../../components/ChoiceChips';
import { TextField } from '../../components/TextField';
import type { GroupForm } from './form';

/** Only a 村 has a 集体经济组织: its members and their representatives are no scope for a 社区. */
const COLLECTIVE: readonly ScopeKind[] = ['collective_members', 'collective_representatives'];

/** The scope chips this community can use; a saved plan's own choice stays on offer so nothing is dropped. */
export function ScopeChips(props: { communityKind?: CommunityKind; value: ScopeKind | ''; onChange: (k: ScopeKind) => void }) {
  const options = SCOPE_KINDS.filter((k) => props.communityKind !== 'community' || !COLLECTIVE.includes(k) || k === props.value);
  return <ChoiceChips options={options} labels={scopeLabelsOf(props.communityKind ?? 'community')} value={props.value} onChange={props.onChange} />;
}

const GROUP_FORMS: readonly GroupForm[] = ['persons', 'households'];
const GROUP_FORM_LABELS: Record<GroupForm, string> = { persons: '按人（十八周岁以上）', households: '按户' };

/**
 * 小组: which 居民小组／村民小组, and whether its adults or its households take part. The name is
 * matched against the register's groups, so it is written as the register writes it.
 */
export function GroupFields(props: {
  label: string;
  communityKind?: CommunityKind;
  group: string;
  form: GroupForm;
  onGroup: (v: string) => void;
  onForm: (v: GroupForm) => void;
}) {
  const people = TERMS[props.communityKind ?? 'community'].people;
  return (
    <>
      <TextField
        label={props.label}
        value={props.group}
        placeholder={`例如：第一${people}小组／东组`}
        maxlength={20}
        onInput={props.onGroup}
        hint="与名册中的小组名称一致"
      />
      <View className="field">
        <View className="field-label">按人还是按户</View>
        <ChoiceChips options={GROUP_FORMS} labels={GROUP_FORM_LABELS} value={props.form} onChange={props.onForm} />
      </View>
    </>
  );
}
