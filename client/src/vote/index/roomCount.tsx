import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VoteView } from '@shared/api/views';
import {
  ROOM_COUNT_LABELS,
  ROOM_METHOD_LABELS,
  ROOM_METHODS,
  roomCountProblem,
  roomMethodProblem,
  type RoomCounts,
  type RoomMethod,
} from '@shared/meeting/meeting';
import { call } from '../../api';
import { confirmStep } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useSubmit } from '../../hooks/useSubmit';

const FIELDS = ['agree', 'disagree', 'abstain', 'silent'] as const;

/** A count as typed: digits only, empty while not typed. */
const asCount = (s: string) => (/^\d{1,7}$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** The room's count as entered, once a meeting vote has been held: what it came to, who counted and who watched. */
export function RoomCountRecord({ view }: { view: VoteView }) {
  const room = view.room;
  if (!room) return null;
  return (
    <View className="card section">
      <View className="card-title">会场计票（{room.methodLabel}）</View>
      <View className="meta">
        实到 {room.present} 人：{FIELDS.map((f) => `${ROOM_COUNT_LABELS[f]} ${room.counts[f]}`).join('，')}
      </View>
      <View className="meta">
        计票人 {room.teller}，监票人 {room.scrutineer}
      </View>
    </View>
  );
}

/**
 * 会场计票: after a show of hands or the ballot box, the host enters the four counts — which must
 * come to 实到, those present who did not vote being 未表态 — the 计票人 and 监票人, and a photo of
 * the 计票单 they signed. The same checks as the server's, before sending.
 */
export function RoomCountForm({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const [method, setMethod] = useState<RoomMethod | undefined>(view.vote.secret ? 'box' : undefined);
  const [typed, setTyped] = useState<Record<(typeof FIELDS)[number], string>>({ agree: '', disagree: '', abstain: '', silent: '' });
  const [teller, setTeller] = useState('');
  const [scrutineer, setScrutineer] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const { busy, error, setError, run } = useSubmit('录入失败，请重试');
  if (!view.can.roomCount) return view.roomCountWhy ? <View className="meta section">会场计票：{view.roomCountWhy}</View> : null;
  const present = view.roomPresent ?? 0;

  const submit = async () => {
    const counts = Object.fromEntries(FIELDS.map((f) => [f, asCount(typed[f])])) as Partial<RoomCounts>;
    if (!method) return setError('请选择举手表决或投票箱表决');
    const methodProblem = roomMethodProblem(method, view.vote.secret);
    if (methodProblem) return setError(methodProblem);
    if (FIELDS.some((f) => counts[f] === undefined)) return setError('请填写同意、反对、弃权和未表态的人数（没有的填 0）');
    const problem = roomCountProblem(counts as RoomCounts, present);
    if (problem) return setError(problem);
    if (!teller.trim() || !scrutineer.trim()) return setError('请填写计票人和监票人');
    if (stillUploading(photos)) return setError('照片还在上传，请稍候');
    if (uploadedIds(photos).length === 0) return setError('请上传计票人、监票人签字的计票单照片');
    const summary = FIELDS.map((f) => `${ROOM_COUNT_LABELS[f]} ${counts[f]}`).join('，');
    if (!(await confirmStep('录入会场计票', `实到 ${present} 人：${summary}。录入后到会名单不能再改，确定录入吗？`, '确定录入', '再核对'))) return;
    run(async () => {
      const v = await call('voting', 'vote.enterRoomCount', {
        consultationId: view.consultation.id,
        method,
        counts: counts as RoomCounts,
        teller: teller.trim(),
        scrutineer: scrutineer.trim(),
        evidence: uploadedIds(photos),
      });
      onChanged(v);
      Taro.showToast({ title: '已录入', icon: 'success' });
    });
  };

  return (
    <View className="card section">
      <View className="card-title">会场计票</View>
      <View className="meta">实到 {present} 人。四项合计须等于实到人数；到会但没有表决的计入“未表态”，不算同意。</View>
      <ChoiceChips options={ROOM_METHODS} labels={ROOM_METHOD_LABELS} value={method} onChange={setMethod} />
      {FIELDS.map((f) => (
        <View key={f} className="field">
          <View className="field-label">{ROOM_COUNT_LABELS[f]}（人）</View>
          <Input
            className="input"
            type="number"
            value={typed[f]}
            aria-label={ROOM_COUNT_LABELS[f]}
            onInput={(e) => setTyped({ ...typed, [f]: e.detail.value })}
          />
        </View>
      ))}
      <View className="field">
        <View className="field-label">计票人</View>
        <Input className="input" value={teller} maxlength={30} placeholder="不能由主持人担任" onInput={(e) => setTeller(e.detail.value)} />
      </View>
      <View className="field">
        <View className="field-label">监票人</View>
        <Input className="input" value={scrutineer} maxlength={30} placeholder="与计票人不同的人" onInput={(e) => setScrutineer(e.detail.value)} />
      </View>
      <PhotoPicker label="计票单照片（计票人、监票人签字）" photos={photos} onChange={setPhotos} max={4} disabled={busy} />
      <Button className="btn btn-primary" disabled={busy} onClick={submit}>
        录入计票结果
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
