import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CHANNEL_LABELS, OPINION_LIMITS, STANCES, STANCE_LABELS, type Stance } from '@shared/participation/participation';
import { call } from '../../api';
import { confirmSubmitOpinion } from '../../confirm';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { PhotoPicker, stillUploading, Thumbs, uploadedIds, type PickedPhoto } from '../../components/PhotoPicker';
import { useLoad } from '../../hooks/useLoad';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { DraftRestored, TextAreaField, tooLong } from '../../components/TextField';
import { useTextDraft } from '../../hooks/useTextDraft';
import { ReviewCard, useTwoStepForm } from '../../components/TwoStepForm';
import { appendSpoken } from '../../voice/text';
import { VoiceInput } from '../../voice/VoiceInput';
import { usePageClass } from '../../care/careMode';

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
  const pageClass = usePageClass();
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
  const form = useTwoStepForm({ fixable: FIXABLE, fallback: '提交失败，请重试' });

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
      <View className={pageClass}>
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
  const problem = () => {
    if (!stance) return '请选择您的态度：支持、反对、中立或其他建议';
    if (length === 0) return '请填写意见内容';
    const over = tooLong('意见', text, OPINION_LIMITS.textMax);
    if (over) return over;
    if (stillUploading(photos)) return '照片还在上传，请稍候';
    return '';
  };

  const submit = () => {
    if (!stance) return;
    return form.submit(
      () => {
        // Before the confirmation's await: WeChat opens its prompt only inside the tap itself.
        askToSubscribe('afterOpinion');
        return confirmSubmitOpinion(written);
      },
      () =>
        call('participation', 'opinion.submit', {
          consultationId,
          requestId: draft.requestId,
          stance,
          text: text.trim(),
          photos: uploadedIds(photos),
          channel,
        }).then((saved) => {
          draft.sent();
          return backToDetail(consultationId).then(() =>
            Taro.showToast(saved.moderation === 'review' ? { title: '已提交，审核后公开', icon: 'none' } : { title: '已提交', icon: 'success' }),
          );
        }),
    );
  };

  if (form.step === 'preview') {
    return (
      <View className={pageClass}>
        <ReviewCard
          title="请核对将要公开的内容"
          hint="其他居民看到的姓名会部分隐去（如“张*”“张*丰”）；意见内容和照片将向本社区公开。"
          photos={photos}
          form={form}
          submitText="提交"
          busyText="正在提交…"
          onSubmit={submit}
        >
          <View className="meta">协商：{consultation.plan.title}</View>
          <View className="row">
            <Text className="card-title">{participation.mine.publicName}</Text>
            <Text className="tag">{STANCE_LABELS[stance!]}</Text>
          </View>
          <View className="meta">{CHANNEL_LABELS[channel]}意见</View>
          <View className="opinion-text">{text.trim()}</View>
          {photos.some((p) => p.status === 'done') ? <Thumbs photos={photos} /> : null}
        </ReviewCard>
      </View>
    );
  }

  return (
    <View className={pageClass}>
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
      <VoiceInput onHeard={(spoken) => setTyped((t) => ({ ...t, text: appendSpoken(t.text, spoken) }))} />
      <PhotoPicker
        label="照片（可不加）"
        hint={written ? '可附上签字的书面意见照片' : '可附上现场照片等，每张不超过5MB'}
        photos={photos}
        onChange={setPhotos}
      />
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" onClick={() => form.toPreview(problem())}>
        预览
      </Button>
    </View>
  );
}
