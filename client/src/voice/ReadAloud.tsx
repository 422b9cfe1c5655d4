import { useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { canRead, read } from './speech';

/**
 * 朗读 / 停止朗读: reads `text` aloud for whoever would rather listen than read small print. Absent
 * (not disabled) where the device cannot speak, or there is nothing to read; leaving the page stops it.
 */
export function ReadAloud({ text }: { text: string }) {
  const [reading, setReading] = useState(false);
  const [error, setError] = useState('');
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  if (!text || !canRead()) return null;

  const toggle = () => {
    if (stop.current) return stop.current();
    setError('');
    setReading(true);
    stop.current = read(text, {
      failed: setError,
      ended: () => {
        stop.current = null;
        setReading(false);
      },
    });
  };

  return (
    <View className="section">
      <Button className="btn btn-plain" onClick={toggle}>
        {reading ? '停止朗读' : '朗读'}
      </Button>
      {reading ? <View className="field-hint">正在朗读…</View> : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
