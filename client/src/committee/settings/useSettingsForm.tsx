import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PayloadOf } from '@shared/api';
import { call } from '../../api';
import { useSubmit } from '../../hooks/useSubmit';

type SettingsPart = PayloadOf<'member', 'community.updateSettings'>;

/**
 * Why this exists: each part of 社区设置 is saved on its own the same way — what was typed is
 * checked (`check` gives the part as the API takes it, or the first problem in words), then that
 * part alone is sent, and the form says 已保存 or why not.
 */
export function useSettingsForm<T>(initial: () => T, check: (typed: T) => SettingsPart | { problem: string }) {
  const [typed, setTyped] = useState(initial);
  const { busy, error, setError, run } = useSubmit('保存失败，请重试');
  const save = () => {
    const part = check(typed);
    if ('problem' in part) return setError(part.problem);
    return run(() => call('member', 'community.updateSettings', part).then(() => Taro.showToast({ title: '已保存', icon: 'success' })));
  };
  return { typed, setTyped, busy, error, save };
}

/** The foot of a settings part: why it was not saved, and its 保存 button (once at a time). */
export function SaveButton({ form, text }: { form: { busy: boolean; error: string; save: () => void }; text: string }) {
  return (
    <>
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" disabled={form.busy} onClick={form.save}>
        {form.busy ? '正在保存…' : text}
      </Button>
    </>
  );
}
