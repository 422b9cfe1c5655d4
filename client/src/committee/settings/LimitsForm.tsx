import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CommunitySettingsView } from '@shared/api/views';
import { MEMBER_LIMIT_LABELS, MEMBER_LIMITS, type MemberLimitName, type MemberLimits } from '@shared/membership/limits';
import { call } from '../../api';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../hooks/useSubmit';

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
  const [typed, setTyped] = useState(() => Object.fromEntries(NAMES.map((n) => [n, String(settings.limits[n])])) as Record<MemberLimitName, string>);
  const { busy, error, setError, run } = useSubmit('保存失败，请重试');

  const save = () => {
    const parsed = parseLimits(typed);
    if ('problem' in parsed) return setError(parsed.problem);
    return run(async () => {
      await call('member', 'community.updateSettings', { limits: parsed.limits });
      Taro.showToast({ title: '已保存', icon: 'success' });
    });
  };

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
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={save}>
        {busy ? '正在保存…' : '保存提交上限'}
      </Button>
    </View>
  );
}
