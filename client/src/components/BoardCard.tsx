import { Text, View } from '@tarojs/components';
import type { BoardItemView, BoardView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';

export type BoardEntry = BoardItemView & { id: string };

/** A consultation appears once per state and once per progress report: its id alone is not unique. */
export const entriesOf = (v: BoardView): BoardEntry[] => v.items.map((i) => ({ ...i, id: `${i.consultationId}:${i.kindLabel}:${i.at}` }));

const SUMMARY_CHARS = 80;
const short = (s: string) => (s.length > SUMMARY_CHARS ? `${s.slice(0, SUMMARY_CHARS)}…` : s);

/** One entry of a community's 公示栏, as the 公示 tab and the street's drill-down both show it. */
export function BoardCard({ item, onOpen }: { item: BoardEntry; onOpen: () => void }) {
  return (
    <View className="card" onClick={onOpen}>
      <View className="row">
        <Text className="card-title">{item.title}</Text>
        <Text className="tag">{item.kindLabel}</Text>
      </View>
      {item.overdue ? <Text className="tag tag-overdue">已逾期</Text> : null}
      {item.summary ? <View className="opinion-text">{short(item.summary)}</View> : null}
      <View className="meta">
        {item.statusLabel} · {formatChinaTime(item.at)}
      </View>
    </View>
  );
}
