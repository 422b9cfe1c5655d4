import { useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CommunitySettingsView } from '@shared/api/views';
import { REMINDER_KINDS, REMINDER_LABELS, REMINDER_MAX_HOURS, type ReminderKind, type ReminderSettings } from '@shared/notices/notices';
import { call } from '../../api';
import { Failure, Loading } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

/** The hours as typed, so a half-typed or cleared box stays as it is until 保存 checks it. */
type Typed = Record<ReminderKind, string>;

const typedOf = (r: ReminderSettings): Typed => ({ meeting: String(r.meeting), vote: String(r.vote), objection: String(r.objection) });

/** The hours as the API takes them, or the first problem in words; the server checks again. */
function parseReminders(typed: Typed): { reminders: ReminderSettings } | { problem: string } {
  const reminders: Partial<ReminderSettings> = {};
  for (const kind of REMINDER_KINDS) {
    const text = typed[kind].trim();
    const label = REMINDER_LABELS[kind];
    if (text === '') return { problem: `请填写“${label}”的小时数，不提醒请填 0` };
    if (!/^\d+$/.test(text) || Number(text) > REMINDER_MAX_HOURS) {
      return { problem: `“${label}”须为 0 到 ${REMINDER_MAX_HOURS} 之间的整数（小时）` };
    }
    reminders[kind] = Number(text);
  }
  return { reminders: reminders as ReminderSettings };
}

/** The periods set for the community as a whole, shown so the reminders can be weighed against them. */
function Periods({ settings }: { settings: CommunitySettingsView }) {
  return (
    <View className="card">
      <View className="card-title">公示与评价期限</View>
      <View className="kv">
        <View className="kv-key">异议期</View>
        <View className="kv-value">结果公示后 {settings.objectionDays} 天内可提出异议</View>
      </View>
      <View className="kv">
        <View className="kv-key">评价期</View>
        <View className="kv-value">落实完成后 {settings.evaluationDays} 天内可评价</View>
      </View>
    </View>
  );
}

function SettingsForm({ settings }: { settings: CommunitySettingsView }) {
  const [typed, setTyped] = useState<Typed>(() => typedOf(settings.reminders));
  const { busy, error, setError, run } = useSubmit('保存失败，请重试');

  const save = () => {
    const parsed = parseReminders(typed);
    if ('problem' in parsed) return setError(parsed.problem);
    return run(async () => {
      await call('member', 'community.updateSettings', { reminders: parsed.reminders });
      Taro.showToast({ title: '已保存', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{settings.community.name}</View>
        <View className="meta">截止前若干小时，提醒尚未参与的居民。填 0 表示不提醒，最多提前 {REMINDER_MAX_HOURS} 小时。</View>
      </View>
      <View className="section">
        {REMINDER_KINDS.map((kind) => (
          <TextField
            key={kind}
            label={REMINDER_LABELS[kind]}
            type="number"
            value={typed[kind]}
            placeholder="小时数，0 表示不提醒"
            maxlength={3}
            hint="单位：小时"
            onInput={(v) => setTyped((t) => ({ ...t, [kind]: v }))}
          />
        ))}
      </View>
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={save}>
        {busy ? '正在保存…' : '保存'}
      </Button>
      <View className="section">
        <Periods settings={settings} />
      </View>
    </View>
  );
}

/**
 * 提醒设置: how long before a meeting, a vote's close and the end of the objection window the
 * residents who have not yet taken part are reminded. A reload that fails later (coming back to
 * the app, say) keeps the form and what was typed on screen rather than swapping it for the error.
 */
export default function SettingsPage() {
  const loaded = useLoad(() => call('member', 'community.settings', {}));
  const last = useRef<CommunitySettingsView | null>(null);
  if (loaded.status === 'ready') last.current = loaded.data;
  const settings = last.current;
  if (!settings) return loaded.status === 'error' ? <Failure error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  return <SettingsForm settings={settings} />;
}
