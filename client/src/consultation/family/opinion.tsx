import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationSummary, FamilyMemberView, OpinionView } from '@shared/api/views';
import { OPINION_LIMITS, STANCES, STANCE_LABELS, type Stance } from '@shared/participation/participation';
import { call } from '../../api';
import { confirmFamilyOpinion } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { OpinionCard } from '../../components/OpinionCard';
import { DraftRestored, TextAreaField, tooLong } from '../../components/TextField';
import { useSubmit } from '../../hooks/useSubmit';
import { useTextDraft } from '../../hooks/useTextDraft';

/**
 * 代提意见: the relative, their stance and words, then 提交 after a confirmation. Kept on the device
 * with its request id until sent, so a retry never makes a second opinion and a failure loses nothing.
 */
export function FamilyOpinion(props: { consultation: ConsultationSummary; members: FamilyMemberView[]; onBack: () => void }) {
  const { consultation, members, onBack } = props;
  const [typed, setTyped, draft] = useTextDraft<{ entryId?: string; stance?: Stance; text: string }>(`family-opinion:${consultation.id}`, { text: '' });
  const { busy, error, setError, run } = useSubmit('提交失败，请重试');
  const [sent, setSent] = useState<OpinionView | null>(null);
  const names = Object.fromEntries(members.map((m) => [m.entryId, m.name])) as Record<string, string>;

  if (sent) {
    return (
      <View className="page">
        <View className="card-title">已代为提交</View>
        <OpinionCard opinion={sent} title={consultation.title} />
        <Button className="btn btn-plain" onClick={onBack}>
          返回
        </Button>
      </View>
    );
  }

  const problem = () => {
    if (!typed.entryId) return '请选择为哪位家人提意见';
    if (!typed.stance) return '请选择家人的态度：支持、反对、中立或其他建议';
    if (typed.text.trim().length === 0) return '请填写意见内容';
    return tooLong('意见', typed.text, OPINION_LIMITS.textMax);
  };
  const submit = async () => {
    const wrong = problem();
    setError(wrong);
    if (wrong || !(await confirmFamilyOpinion(names[typed.entryId!]))) return;
    await run(async () => {
      const saved = await call('participation', 'family.opinion', {
        consultationId: consultation.id,
        entryId: typed.entryId!,
        requestId: draft.requestId,
        stance: typed.stance!,
        text: typed.text.trim(),
      });
      draft.sent();
      setSent(saved);
      Taro.showToast({ title: '已提交', icon: 'success' });
    });
  };

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{consultation.title}</View>
        <View className="meta">代家人提意见：意见属于家人本人，标注“家人代办”；公开时姓名部分隐去。</View>
      </View>
      <DraftRestored restored={draft.restored} />
      <View className="field section">
        <View className="field-label">为哪位家人</View>
        <ChoiceChips options={members.map((m) => m.entryId)} labels={names} value={typed.entryId} onChange={(id) => setTyped((t) => ({ ...t, entryId: id }))} />
      </View>
      <View className="field section">
        <View className="field-label">家人的态度</View>
        <ChoiceChips options={STANCES} labels={STANCE_LABELS} value={typed.stance} onChange={(s) => setTyped((t) => ({ ...t, stance: s }))} />
      </View>
      <TextAreaField
        label="意见内容"
        value={typed.text}
        placeholder="请照家人的原意写下意见"
        maxlength={OPINION_LIMITS.textMax}
        onInput={(v) => setTyped((t) => ({ ...t, text: v }))}
        counted
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        {busy ? '正在提交…' : '代为提交'}
      </Button>
      <Button className="btn btn-plain" disabled={busy} onClick={onBack}>
        返回
      </Button>
    </View>
  );
}
