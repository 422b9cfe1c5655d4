import { useState } from 'react';
import { Button, Input, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { MinutesView, SpeechView } from '@shared/api/views';
import { MINUTES_LIMITS } from '@shared/meeting/meeting';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmStep } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { MinutesFactsBlock } from '../../components/MinutesCard';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

type Draft = Pick<MinutesView, 'recorder' | 'agenda' | 'speeches' | 'decisions'>;

/** The editable part of the minutes, as the form holds it. */
function MinutesForm({ draft, onChange, disabled }: { draft: Draft; onChange: (d: Draft) => void; disabled: boolean }) {
  const setSpeech = (i: number, s: SpeechView) => onChange({ ...draft, speeches: draft.speeches.map((x, j) => (j === i ? s : x)) });
  return (
    <View className="section">
      <View className="field">
        <View className="field-label">记录人</View>
        <Input
          className="input"
          value={draft.recorder}
          maxlength={MINUTES_LIMITS.nameMax}
          disabled={disabled}
          onInput={(e) => onChange({ ...draft, recorder: e.detail.value })}
        />
      </View>
      <View className="field">
        <View className="field-label">议程</View>
        <Textarea
          className="textarea"
          value={draft.agenda}
          maxlength={MINUTES_LIMITS.agendaMax}
          disabled={disabled}
          onInput={(e) => onChange({ ...draft, agenda: e.detail.value })}
        />
      </View>
      <View className="field">
        <View className="field-label">发言（已代为录入的现场发言已列出，可修改）</View>
        {draft.speeches.map((s, i) => (
          <View key={i} className="card section">
            <Input
              className="input"
              value={s.speaker}
              placeholder="发言人"
              maxlength={MINUTES_LIMITS.nameMax}
              disabled={disabled}
              onInput={(e) => setSpeech(i, { ...s, speaker: e.detail.value })}
            />
            <Textarea
              className="textarea"
              value={s.text}
              placeholder="发言要点"
              maxlength={MINUTES_LIMITS.speechMax}
              disabled={disabled}
              onInput={(e) => setSpeech(i, { ...s, text: e.detail.value })}
            />
            <Button className="btn btn-plain" disabled={disabled} onClick={() => onChange({ ...draft, speeches: draft.speeches.filter((_, j) => j !== i) })}>
              删除这条发言
            </Button>
          </View>
        ))}
        {draft.speeches.length < MINUTES_LIMITS.speechesMax ? (
          <Button
            className="btn btn-plain"
            disabled={disabled}
            onClick={() => onChange({ ...draft, speeches: [...draft.speeches, { speaker: '', text: '' }] })}
          >
            添加发言
          </Button>
        ) : null}
      </View>
      <View className="field">
        <View className="field-label">会议决定</View>
        <Textarea
          className="textarea"
          value={draft.decisions}
          maxlength={MINUTES_LIMITS.decisionsMax}
          placeholder="会议决定了什么"
          disabled={disabled}
          onInput={(e) => onChange({ ...draft, decisions: e.detail.value })}
        />
      </View>
    </View>
  );
}

/**
 * 会议纪要: the host writes the minutes on the phone from a draft filled from the meeting — when,
 * where, who came, the remarks recorded in the room, the count — and the recorder and the host
 * each confirm them. Confirmed minutes are published with the result.
 */
export default function Minutes() {
  const { params } = useRouter();
  const consultationId = params.id ?? '';
  const loaded = useLoad(() => call('meeting', 'meeting.minutes', { consultationId }));
  const [view, setView] = useState<MinutesView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { busy, error, setError, run } = useSubmit('保存失败，请重试');
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const m = view ?? loaded.data;
  const form = draft ?? { recorder: m.recorder, agenda: m.agenda, speeches: m.speeches, decisions: m.decisions };
  const changed = draft !== null;

  const save = () => {
    if (form.speeches.some((s) => !s.speaker.trim() || !s.text.trim())) return setError('每条发言都要填写发言人和发言要点（不要的请删除）');
    run(async () => {
      const saved = await call('meeting', 'meeting.saveMinutes', { consultationId, version: m.version, ...form });
      setView(saved);
      setDraft(null);
      Taro.showToast({ title: '已保存', icon: 'success' });
    });
  };
  const confirmAs = async (as: 'recorder' | 'host', label: string) => {
    if (!(await confirmStep('确认会议纪要', `以${label}身份确认这份会议纪要？确认后如再修改，须重新确认。`, '确认纪要', '再看看'))) return;
    run(async () => setView(await call('meeting', 'meeting.confirmMinutes', { consultationId, version: m.version, as })));
  };

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{m.title}</View>
        <MinutesFactsBlock facts={m.facts} />
      </View>
      {m.prefilled ? <View className="meta section">以下为根据会议记录生成的草稿，请核对修改后保存。</View> : null}
      <MinutesForm draft={form} onChange={setDraft} disabled={busy || !m.can.save} />
      {m.can.save ? (
        <Button className="btn btn-primary" disabled={busy} onClick={save}>
          {m.version === 0 ? '保存纪要' : changed ? '保存修改（须重新确认）' : '保存纪要'}
        </Button>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <View className="section">
        <View className="section-title">确认</View>
        {m.confirmed.length === 0 ? <View className="meta">记录人和主持人尚未确认</View> : null}
        {m.confirmed.map((c) => (
          <View key={c.role} className="ok-text">
            ✓ {c.roleLabel} {c.byName} 已确认（{formatChinaTime(c.at)}）
          </View>
        ))}
        {!changed && m.can.confirmAsRecorder ? (
          <Button className="btn btn-plain" disabled={busy} onClick={() => confirmAs('recorder', '记录人')}>
            以记录人身份确认
          </Button>
        ) : null}
        {!changed && m.can.confirmAsHost ? (
          <Button className="btn btn-plain" disabled={busy} onClick={() => confirmAs('host', '主持人')}>
            以主持人身份确认
          </Button>
        ) : null}
        {changed ? (
          <View className="meta">有未保存的修改，保存后才能确认</View>
        ) : m.confirmWhy && m.version > 0 ? (
          <View className="meta">{m.confirmWhy}</View>
        ) : null}
      </View>
    </View>
  );
}
