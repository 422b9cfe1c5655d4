import { useState } from 'react';
import { Button, Textarea, View } from '@tarojs/components';
import type { OpinionView } from '@shared/api/views';
import { call } from '../api';
import { confirmEntryDispute, confirmEntryTrue } from '../confirm';
import { useSubmit } from '../hooks/useSubmit';

/**
 * For the person a committee member entered an opinion for: 确认属实, or 有异议 with what is wrong.
 * Either answer is final, so each asks first; the note stays in the box if sending fails.
 */
export function EntryResponse({ opinion, onDone }: { opinion: OpinionView; onDone: (v: OpinionView) => void }) {
  const [disputing, setDisputing] = useState(false);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmit();
  if (!opinion.can.respondToEntry) return null;

  const respond = async (verdict: 'confirm' | 'dispute') => {
    setError('');
    if (verdict === 'dispute' && !note.trim()) return setError('请说明哪里与您的意见不符');
    if (!(await (verdict === 'confirm' ? confirmEntryTrue() : confirmEntryDispute()))) return;
    await run(async () => {
      const payload = verdict === 'confirm' ? { opinionId: opinion.id, verdict } : { opinionId: opinion.id, verdict, note: note.trim() };
      onDone(await call('participation', 'opinion.respondToEntry', payload));
    });
  };

  return (
    <View className="section">
      <View className="field-label">这条意见是委员会代您录入的，请核对</View>
      {disputing ? (
        <View className="field">
          <Textarea
            className="textarea"
            value={note}
            maxlength={500}
            placeholder="请说明哪里与您的意见不符"
            onInput={(e) => setNote(e.detail.value)}
          />
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
