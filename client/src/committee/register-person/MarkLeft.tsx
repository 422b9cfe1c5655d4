import { useState } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RegisterPersonView } from '@shared/api/views';
import { REGISTER_STATUS_LABELS } from '@shared/member/register';
import { toChinaDateTimeParts } from '@shared/time';
import { call } from '../../api';
import { now } from '../../clock';
import { ChoiceChips } from '../../components/ChoiceChips';
import { confirmMarkLeft } from '../../confirm';
import { useSubmit } from '../../hooks/useSubmit';

type LeftKind = 'moved_out' | 'deceased';
const KINDS = ['moved_out', 'deceased'] as const;
const KIND_LABELS: Record<LeftKind, string> = { moved_out: '迁出', deceased: '死亡' };

/**
 * 标记迁出／死亡 with the day it happened (today unless changed, never later). The person stays on
 * the register, so the records that name them stand; it cannot be undone, so it is confirmed first.
 */
export function MarkLeft({ person }: { person: RegisterPersonView }) {
  const today = toChinaDateTimeParts(now()).date;
  const [kind, setKind] = useState<LeftKind>('moved_out');
  const [on, setOn] = useState(today);
  const { busy, error, setError, run } = useSubmit('标记失败，请重试');

  const mark = async () => {
    setError('');
    if (!(await confirmMarkLeft(person.name, REGISTER_STATUS_LABELS[kind], on))) return;
    await run(async () => {
      await call('member', 'register.markLeft', { id: person.id, version: person.version, kind, on });
      Taro.showToast({ title: `已标记${KIND_LABELS[kind]}`, icon: 'success' });
      await Taro.navigateBack();
    });
  };

  return (
    <View className="section">
      <View className="section-title">标记迁出或死亡</View>
      <View className="card">
        <ChoiceChips options={KINDS} labels={KIND_LABELS} value={kind} onChange={setKind} />
        <View className="field">
          <View className="field-label">{KIND_LABELS[kind]}日期</View>
          <Picker mode="date" value={on} end={today} onChange={(e) => setOn(String(e.detail.value))}>
            <View className="picker">{on}</View>
          </Picker>
          <View className="field-hint">标记后此人仍留在名册中，但此后开始的表决不再计入；标记不能撤销。</View>
        </View>
        {error ? <View className="error-text">{error}</View> : null}
        <Button className="btn btn-danger" disabled={busy} onClick={mark}>
          {busy ? '正在标记…' : `标记${KIND_LABELS[kind]}`}
        </Button>
      </View>
    </View>
  );
}
