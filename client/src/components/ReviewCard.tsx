import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import type { PickedPhoto } from './PhotoPicker';
import type { TwoStepForm } from '../hooks/useTwoStepForm';

/**
 * Why this exists: every two-step form's 请核对 step looks the same — what will be sent in a card,
 * what happens next, photos that will not go, then send it (once at a time) or go back and change it.
 */
export function ReviewCard(props: {
  title: string;
  hint: string;
  /** The photos picked: those that failed to upload are named as not going. */
  photos?: PickedPhoto[];
  form: TwoStepForm;
  submitText: string;
  busyText: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { form } = props;
  const failed = props.photos ? props.photos.filter((p) => p.status === 'failed').length : 0;
  return (
    <>
      <View className="section-title">{props.title}</View>
      <View className="card">{props.children}</View>
      <View className="field-hint">{props.hint}</View>
      {failed > 0 ? <View className="field-hint">有 {failed} 张照片没有上传成功，不会提交。</View> : null}
      {form.error ? <View className="error-text">{form.error}</View> : null}
      <Button className="btn btn-primary" disabled={form.busy} onClick={props.onSubmit}>
        {form.busy ? props.busyText : props.submitText}
      </Button>
      <Button className="btn btn-plain" disabled={form.busy} onClick={form.edit}>
        返回修改
      </Button>
    </>
  );
}
