import { useState, type ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formFailure, type ApiError } from '../api';
import type { PickedPhoto } from './PhotoPicker';

// The two halves of one pattern, kept in one module: the mini program ships each shared module as a
// file of its own in every subpackage that uses it, so two would cost two.

/**
 * Why this exists: four forms go edit → 请核对 → send the same way; one place holds the step, the
 * send (one at a time, after a confirmation) and which failures send the person back to editing.
 */
export function useTwoStepForm({ fixable, fallback }: { fixable: ReadonlySet<string>; fallback: string }) {
  const [step, setStep] = useState<'edit' | 'preview'>('edit');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  /** To the preview when nothing keeps the form from it (`problem` is ''), else say what does. */
  const toPreview = (problem: string) => {
    setError(problem);
    if (problem) return;
    setStep('preview');
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };

  /**
   * Sends after `confirm` (called at once, inside the tap: WeChat opens its prompts only there). A
   * failure says why; one the person can fix takes them back to the form, and `onFailure` hears it.
   */
  const submit = (confirm: () => Promise<boolean>, send: () => Promise<unknown>, onFailure?: (error: ApiError) => void) => {
    setError('');
    // Promise chains, not async/await: this hook is copied into each form's page chunk, and the
    // generator code async compiles to would make the bundle larger than the forms it replaces.
    return confirm().then((go) => {
      if (!go) return;
      setBusy(true);
      return send().then(
        () => setBusy(false),
        (e: unknown) => {
          const failed = formFailure(e, fallback, fixable);
          setError(failed.error.message);
          if (failed.backToEdit) {
            setStep('edit');
            onFailure?.(failed.error);
          }
          setBusy(false);
        },
      );
    });
  };

  return { step, error, setError, busy, toPreview, submit, edit: () => setStep('edit') };
}

export type TwoStepForm = ReturnType<typeof useTwoStepForm>;

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
