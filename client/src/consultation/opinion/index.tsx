import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CHANNEL_LABELS, OPINION_LIMITS, STANCES, STANCE_LABELS, type Stance } from '@shared/participation/participation';
import { ApiError, call } from '../../api';
import { confirmSubmitOpinion } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, Thumbs, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { PreviewActions } from '../../components/PreviewActions';
import { useLoad } from '../../hooks/useLoad';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { DraftRestored, TextAreaField, tooLong } from '../../components/TextField';
import { useTextDraft } from '../../hooks/useTextDraft';

/** Failures the person can fix by changing what they wrote: they go back to the form to do it. */
const FIXABLE = new Set(['CONTENT_REJECTED', 'FILE_REJECTED', 'INVALID_INPUT']);

function backToDetail(consultationId: string) {
  // Opened from the detail page, going back shows it reloaded; opened from a link, open it afresh.
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  return Taro.redirectTo({ url: `/consultation/detail/index?id=${consultationId}` });
}

/**
 * 发表意见 / 提交书面意见: stance, text, photos, then a preview of exactly what will be published,
 * then 提交 after a confirmation. One request id per draft, so a retried submit never makes a
 * second opinion; everything typed stays after any failure, and on the device until sent.
 */
export default function OpinionForm() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const written = params.channel === 'written';
  const channel = written ? 'written' : 'online';
  const detail = useLoad(() => call('consultation', 'consultation.get', { id: consultationId }));

  // Kept on the device until sent, with its request id: the phone's back from the preview or a
  // reload loses nothing, and sending after a reload is still a retry, never a second opinion.
  const [typed, setTyped, draft] = useTextDraft<{ text: string; stance?: Stance }>(`opinion:${consultationId}`, { text: '' });
  const { stance, text } = typed;
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [step, setStep] = useState<'edit' | 'preview'>('edit');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (written) Taro.setNavigationBarTitle({ title: '提交书面意见' });
  }, [written]);
  useEffect(() => {
    preloadSubscriptions();
  }, []);

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <Failure error={detail.error} onRetry={detail.reload} />;
  const { consultation, participation } = detail.data;

  const closed = !participation.window.opinionsOpen
    ? '本次协商的意见征集已经结束'
    : !participation.mine.inScope
      ? '本次协商不在您的参与范围内，不能发表意见，可以报名列席旁听'
      : '';
  if (closed) {
    return (
      <View className="page">
        <View className="card">
          <View className="card-title">{consultation.plan.title}</View>
          <View className="section">{closed}</View>
        </View>
        <Button className="btn btn-plain" onClick={() => backToDetail(consultationId)}>
          返回协商详情
        </Button>
      </View>
    );
  }

  const length = text.trim().length;
  const toPreview = () => {
    if (!stance) return setError('请选择您的态度：支持、反对、中立或其他建议');
    if (length === 0) return setError('请填写意见内容');
    const over = tooLong('意见', text, OPINION_LIMITS.textMax);
    if (over) return setError(over);
    if (stillUploading(photos)) return setError('照片还在上传，请稍候');
    setError('');
    setStep('preview');
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };

  const submit = async () => {
    if (!stance) return;
    setError('');
    // Before the confirmation's await: WeChat opens its prompt only inside the tap itself.
    askToSubscribe('afterOpinion');
    if (!(await confirmSubmitOpinion(written))) return;
    setBusy(true);
    try {
      const saved = await call('participation', 'opinion.submit', {
        consultationId,
        requestId: draft.requestId,
        stance,
        text: text.trim(),
        photos: uploadedIds(photos),
        channel,
      });
      draft.sent();
      await backToDetail(consultationId);
      Taro.showToast(saved.moderation === 'review' ? { title: '已提交，审核后公开', icon: 'none' } : { title: '已提交', icon: 'success' });
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('INTERNAL', '提交失败，请重试');
      setError(err.message);
      if (FIXABLE.has(err.code)) setStep('edit');
    } finally {
      setBusy(false);
    }
  };

  const sent = photos.filter((p) => p.status === 'done');
  const failedCount = photos.length - sent.length - photos.filter((p) => p.status === 'uploading').length;

  if (step === 'preview') {
    return (
      <View className="page">
        <View className="section-title">请核对将要公开的内容</View>
        <View className="card">
          <View className="meta">协商：{consultation.plan.title}</View>
          <View className="row">
            <Text className="card-title">{participation.mine.publicName}</Text>
            <Text className="tag">{STANCE_LABELS[stance!]}</Text>
          </View>
          <View className="meta">{CHANNEL_LABELS[channel]}意见</View>
          <View className="opinion-text">{text.trim()}</View>
          {sent.length > 0 ? <Thumbs photos={photos} /> : null}
        </View>
        <View className="field-hint">其他居民看到的姓名会部分隐去（如“张*”“张*丰”）；意见内容和照片将向本社区公开。</View>
        {failedCount > 0 ? <View className="field-hint">有 {failedCount} 张照片没有上传成功，不会提交。</View> : null}
        <PreviewActions error={error} busy={busy} submitText="提交" busyText="正在提交…" onSubmit={submit} onBack={() => setStep('edit')} />
      </View>
    );
  }

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{consultation.plan.title}</View>
        <View className="meta">{written ? '无法到场时，可以提交书面意见' : '您的意见将向本社区公开，委员会将逐条答复'}</View>
      </View>
      <DraftRestored restored={draft.restored} />
      <View className="field section">
        <View className="field-label">您的态度</View>
        <ChoiceChips options={STANCES} labels={STANCE_LABELS} value={stance} onChange={(s) => setTyped((t) => ({ ...t, stance: s }))} />
      </View>
      <TextAreaField
        label="意见内容"
        value={text}
        placeholder="请写下您的意见和理由"
        maxlength={OPINION_LIMITS.textMax}
        onInput={(v) => setTyped((t) => ({ ...t, text: v }))}
        counted
      />
      <PhotoPicker
        label="照片（可不加）"
        hint={written ? '可附上签字的书面意见照片' : '可附上现场照片等，每张不超过5MB'}
        photos={photos}
        onChange={setPhotos}
      />
      {error ? <View className="error-text">{error}</View> : null}
      <Button className="btn btn-primary" onClick={toPreview}>
        预览
      </Button>
    </View>
  );
}
