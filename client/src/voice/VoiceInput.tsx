import { useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { canListen, listen } from './speech';
import { NOTHING_HEARD } from './text';

/**
 * 语音输入: tap to start, tap 说完了 to stop (holding a button down is hard for elders). What is
 * heard so far shows under the button as it comes; each settled piece goes to `onHeard`, which
 * adds it after what is typed. Absent where the device cannot listen. Failures are said in words
 * here; what is typed is never touched by them.
 */
export function VoiceInput({ onHeard }: { onHeard: (spoken: string) => void }) {
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [error, setError] = useState('');
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  if (!canListen()) return null;

  const start = () => {
    setError('');
    setInterim('');
    setListening(true);
    let heard = false;
    let failed = false;
    stop.current = listen({
      interim: setInterim,
      final: (spoken) => {
        if (!spoken.trim()) return;
        heard = true;
        onHeard(spoken);
      },
      failed: (message) => {
        failed = true;
        setError(message);
      },
      ended: () => {
        stop.current = null;
        setListening(false);
        setInterim('');
        if (!heard && !failed) setError(NOTHING_HEARD);
      },
    });
  };

  return (
    <View className="field">
      <Button className={listening ? 'btn btn-primary' : 'btn btn-plain'} onClick={listening ? () => stop.current?.() : start}>
        {listening ? '说完了' : '语音输入'}
      </Button>
      {listening ? (
        <View className="field-hint">正在听…{interim ? ` ${interim}` : '请说话，说完点“说完了”'}</View>
      ) : (
        <View className="field-hint">说的话会加在已写内容的后面，提交前可以修改</View>
      )}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
