import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FamilyVoterView, FamilyVoteView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS, type Choice } from '@shared/voting/decide';
import { call } from '../../api';
import { confirmFamilyBallot } from '../../confirm';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';

/** One relative in the vote: their 委托书 and ballot, and the next step — upload, wait, or cast. */
function Relative(props: { consultationId: string; m: FamilyVoterView; onChanged: (v: FamilyVoteView) => void }) {
  const { consultationId, m, onChanged } = props;
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');

  const upload = async () => {
    if (stillUploading(photos)) return setError('照片还在上传，请稍候');
    const evidence = uploadedIds(photos);
    if (evidence.length === 0) return setError('请先拍摄或选择家人签字的委托书照片');
    await run(async () => {
      onChanged(await call('voting', 'family.requestProxy', { consultationId, entryId: m.entryId, evidence }));
      setPhotos([]);
      Taro.showToast({ title: '已上传，等待确认', icon: 'none' });
    });
  };
  const cast = async (choice: Choice) => {
    setError('');
    if (busy || !(await confirmFamilyBallot(m.name, CHOICE_LABELS[choice]))) return;
    await run(async () => {
      onChanged(await call('voting', 'family.castFor', { consultationId, entryId: m.entryId, choice }));
      Taro.showToast({ title: '已代为投票', icon: 'success' });
    });
  };

  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{m.name}</Text>
        {m.ballot?.familyLabel ? <Text className="tag">{m.ballot.familyLabel}</Text> : null}
      </View>
      {m.proxy ? (
        <View className="meta">
          委托书：{m.proxy.stateLabel}
          {m.proxy.reason ? `（${m.proxy.reason}）` : ''}
        </View>
      ) : null}
      {m.ballot ? (
        <View className="meta">
          选票：{m.ballot.by}
          {m.ballot.choiceLabel ? ` · ${m.ballot.choiceLabel}` : ''}
          {m.ballot.entryLabel ? ` · ${m.ballot.entryLabel}` : ''}
        </View>
      ) : null}
      {m.can.request ? (
        <>
          <PhotoPicker
            label="委托书照片"
            hint="请拍摄家人签字的委托书，委员会核对后才能代为投票"
            photos={photos}
            onChange={setPhotos}
            max={4}
            disabled={busy}
          />
          <Button className="btn btn-primary" disabled={busy} onClick={upload}>
            {busy ? '正在上传…' : '上传委托书'}
          </Button>
        </>
      ) : null}
      {m.can.cast ? (
        <>
          <View className="field-label section">请照家人的意愿选择：</View>
          {CHOICES.map((c) => (
            <Button key={c} className="btn btn-plain vote-choice" disabled={busy} onClick={() => cast(c)}>
              {CHOICE_LABELS[c]}
            </Button>
          ))}
        </>
      ) : null}
      {m.why && !m.can.request && !m.can.cast ? <View className="meta">{m.why}</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 代为表决: upload the signed 委托书 → 等待委员会确认 → once confirmed, 同意／反对／弃权. */
export function FamilyVote({ consultationId, onBack }: { consultationId: string; onBack: () => void }) {
  const loaded = useLoad(() => call('voting', 'family.vote', { consultationId }));
  const [latest, setLatest] = useState<FamilyVoteView | null>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <Failure error={loaded.error} onRetry={loaded.reload} />;
  const view = latest ?? loaded.data;
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{view.consultation.title}</View>
        <View className="meta">表决事项：{view.question}</View>
        <View className="meta">{view.secret ? '无记名表决：投出后不显示选择。' : ''}代投的选票标注“家人代办”，家人本人可以提出异议并自己重新投票。</View>
      </View>
      {view.members.map((m) => (
        <Relative key={m.entryId} consultationId={consultationId} m={m} onChanged={setLatest} />
      ))}
      <Button className="btn btn-plain" onClick={onBack}>
        返回
      </Button>
    </View>
  );
}
