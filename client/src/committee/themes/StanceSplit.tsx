import { Text, View } from '@tarojs/components';
import { STANCES, STANCE_LABELS, type Stance } from '@shared/participation/participation';

/**
 * 支持 3 · 反对 5 …: a stance split in words and numbers, with a stacked bar that only repeats
 * them. Each word carries its bar colour's swatch, so the bar can be read, but never has to be.
 */
export function StanceSplit({ stances }: { stances: Record<Stance, number> }) {
  const present = STANCES.filter((s) => stances[s] > 0);
  if (present.length === 0) return null;
  return (
    <View className="stance-split">
      <View className="stance-bar" aria-hidden="true">
        {present.map((s) => (
          <View key={s} className={`stance-seg stance-${s}`} style={{ flexGrow: stances[s] }} />
        ))}
      </View>
      <View className="stance-words">
        {present.map((s) => (
          <Text key={s} className="stance-word">
            <Text className={`stance-swatch stance-${s}`} />
            {STANCE_LABELS[s]} {stances[s]}
          </Text>
        ))}
      </View>
    </View>
  );
}
