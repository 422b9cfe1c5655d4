import { Text, View } from '@tarojs/components';
import type { ConsultationSummary } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';

/** One consultation in a list: title, status in words (never colour alone), when and where. */
export function ConsultationCard({ item, onOpen }: { item: ConsultationSummary; onOpen: (id: string) => void }) {
  return (
    <View className="card" onClick={() => onOpen(item.id)}>
      <View className="row">
        <Text className="card-title">{item.title}</Text>
        <Text className={`tag tag-${item.phase}`}>{item.statusLabel}</Text>
      </View>
      {item.categoryName ? <View className="meta">事项：{item.categoryName}</View> : null}
      {item.startsAt ? <View className="meta">时间：{formatChinaTime(item.startsAt)}</View> : null}
      {item.place ? <View className="meta">地点：{item.place}</View> : null}
      {item.formLabels.length ? <View className="meta">形式：{item.formLabels.join('、')}</View> : null}
    </View>
  );
}
