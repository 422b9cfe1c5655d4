import { View } from '@tarojs/components';
import type { CommunitySettingsView } from '@shared/api/views';
import { MEMBER_LIMIT_LABELS, MEMBER_LIMITS, type MemberLimitName, type MemberLimits } from '@shared/member/limits';
import { TextField } from '../../components/TextField';
import { SaveButton, useSettingsForm } from './useSettingsForm';

const NAMES = Object.keys(MEMBER_LIMITS) as MemberLimitName[];

/** The limits as the API takes them, or the first problem in words; the server checks again. */
function parseLimits(typed: Record<MemberLimitName, string>): { limits: MemberLimits } | { problem: string } {
  const limits = {} as MemberLimits;
  for (const name of NAMES) {
    const { min, max } = MEMBER_LIMITS[name];
    const text = typed[name].trim();
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      return { problem: `“${MEMBER_LIMIT_LABELS[name]}”须为 ${min} 到 ${max} 之间的整数` };
    }
    limits[name] = Number(text);
  }
  return { limits };
}

/** 提交上限: how many opinions one member may send on a consultation, and suggestions a day. */
export function LimitsForm({ settings }: { settings: CommunitySettingsView }) {
  const form = useSettingsForm(() => Object.fromEntries(NAMES.map((n) => [n, String(settings.limits[n])])) as Record<MemberLimitName, string>, parseLimits);
  const { typed, setTyped } = form;

  return (
    <View className="card">
      <View className="card-title">提交上限</View>
      <View className="meta">防止个别人大量重复提交，使议题无法按时答复和办结。委员会代为录入的意见不受限制。</View>
      <View className="section">
        {NAMES.map((name) => (
          <TextField
            key={name}
            label={MEMBER_LIMIT_LABELS[name]}
            type="number"
            value={typed[name]}
            placeholder={`${MEMBER_LIMITS[name].min} 到 ${MEMBER_LIMITS[name].max}`}
            maxlength={2}
            hint={`默认 ${MEMBER_LIMITS[name].default} 条`}
            onInput={(v) => setTyped((t) => ({ ...t, [name]: v }))}
          />
        ))}
      </View>
      <SaveButton form={form} text="保存提交上限" />
    </View>
  );
}
