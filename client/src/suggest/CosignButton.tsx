import { Button, View, type ITouchEvent } from '@tarojs/components';
import type { SuggestionView } from '@shared/api/views';
import { call } from '../api';
import { useSubmit } from '../hooks/useSubmit';

/**
 * 附议 with one tap, withdrawing it with another; the count is always on the button. The server
 * returns the suggestion as it now stands, which replaces the one shown.
 */
export function CosignButton({ s, onDone }: { s: SuggestionView; onDone: (v: SuggestionView) => void }) {
  const { busy, error, run } = useSubmit('操作失败，请重试');

  const toggle = (e: ITouchEvent) => {
    // The button sits in a card that opens the suggestion: this tap is the button's alone.
    e.stopPropagation();
    if (busy || !s.can.cosign) return;
    void run(async () => onDone(await call('suggestion', 'suggestion.cosign', { id: s.id, on: !s.cosignedByMe })));
  };

  return (
    <View>
      <Button className={`btn btn-plain cosign-btn ${s.cosignedByMe ? 'cosign-btn-on' : ''}`} disabled={busy || !s.can.cosign} onClick={toggle}>
        {`${s.cosignedByMe ? '已附议' : '附议'} ${s.cosigns}`}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
