import { Text, View } from '@tarojs/components';
import type { SuggestionView } from '@shared/api/views';
import { formatChinaDate } from '../dates';
import { CosignButton } from './CosignButton';

/** Where a suggestion stands, in words: its state, and 已超期 when its answer is late. */
export function StateTags({ s }: { s: SuggestionView }) {
  return (
    <View className="suggestion-tags">
      <Text className={`tag suggestion-state ${s.state === 'open' ? 'tag-upcoming' : 'tag-finished'}`}>{s.stateLabel}</Text>
      {s.overdue ? <Text className="tag tag-overdue suggestion-overdue">已超期</Text> : null}
    </View>
  );
}

/**
 * One suggestion in the community's list: what, where, by whom, what became of it, and 附议 right
 * there. Tapping anywhere but the button opens it.
 */
export function SuggestionCard({ s, onOpen, onChange }: { s: SuggestionView; onOpen: () => void; onChange: (v: SuggestionView) => void }) {
  return (
    <View className="card suggestion-card" onClick={onOpen}>
      <View className="row">
        <Text className="card-title">{s.title}</Text>
        <StateTags s={s} />
      </View>
      {s.legalThreshold ? (
        <View>
          <Text className="tag tag-ongoing suggestion-threshold">已达法定提议人数</Text>
        </View>
      ) : null}
      <View className="meta">
        {s.authorName} · {s.place} · {formatChinaDate(s.createdAt)}
      </View>
      {s.answer ? <View className="meta suggestion-answer-line">委员会答复：{s.answer.decisionLabel}</View> : null}
      <CosignButton s={s} onDone={onChange} />
    </View>
  );
}
