import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../api';

/** What a screen shows while it has nothing else to show: loading, failure with a retry, or emptiness. */
export function Loading() {
  return (
    <View className="state">
      <Text>正在加载…</Text>
    </View>
  );
}

export function Failure({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <View className="state state-error">
      <View>{error.message}</View>
      <Button className="btn btn-plain" onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}

export function Empty({ text }: { text: string }) {
  return (
    <View className="state">
      <Text>{text}</Text>
    </View>
  );
}
