import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { useSubmit } from '../hooks/useSubmit';
import { TextAreaField, tooLong } from './TextField';

/** The server's limit for the note. */
const NOTE_MAX = 500;

export type EntryAnswer = { verdict: 'confirm' } | { verdict: 'dispute'; note: string };

/**
 * The answer a person gives to what a committee member entered for them (an opinion, a paper or
 * proxy ballot): 确认属实, or 有异议 saying what is wrong. Either is final, so each asks first; the
 * note stays in the box if sending fails.
 */
export function ConfirmOrDispute(props: {
  prompt: string;
  placeholder: string;
  /** What to say when 有异议 is sent without a note. */
  noteMissing: string;
  ask: (verdict: EntryAnswer['verdict']) => Promise<boolean>;
  send: (answer: EntryAnswer) => Promise<void>;
}) {
  const [disputing, setDisputing] = useState(false);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const respond = async (verdict: EntryAnswer['verdict']) => {
    setError('');
    if (verdict === 'dispute' && !note.trim()) return setError(props.noteMissing);
    const over = verdict === 'dispute' ? tooLong('说明', note, NOTE_MAX) : '';
    if (over) return setError(over);
    if (!(await props.ask(verdict))) return;
    await run(() => props.send(verdict === 'confirm' ? { verdict } : { verdict, note: note.trim() }));
  };

  return (
    <View className="section">
      <View className="field-label">{props.prompt}</View>
      {disputing ? (
        <View className="field">
          <TextAreaField value={note} maxlength={NOTE_MAX} placeholder={props.placeholder} onInput={setNote} />
          <Button className="btn btn-danger" disabled={busy} onClick={() => respond('dispute')}>
            {busy ? '正在提交…' : '提交异议'}
          </Button>
          <Button className="btn btn-plain" disabled={busy} onClick={() => setDisputing(false)}>
            取消
          </Button>
        </View>
      ) : (
        <>
          <Button className="btn btn-primary" disabled={busy} onClick={() => respond('confirm')}>
            确认属实
          </Button>
          <Button className="btn btn-plain" disabled={busy} onClick={() => setDisputing(true)}>
            有异议
          </Button>
        </>
      )}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
