import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiError } from '../api';
import { formFailure } from './formFailure';

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
