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

/** The foot of a paged list: 加载更多 while there is more, its failure beside it, or the end said plainly. */
export function LoadMore(props: { hasMore: boolean; busy: boolean; error: string; onMore: () => void; count: number }) {
  if (!props.hasMore) return props.count > 0 ? <View className="state">已显示全部 {props.count} 条</View> : null;
  return (
    <View>
      {props.error ? <View className="error-text">{props.error}</View> : null}
      <Button className="btn btn-plain" disabled={props.busy} onClick={props.onMore}>
        {props.busy ? '正在加载…' : '加载更多'}
      </Button>
    </View>
  );
}
