import { Text, View } from '@tarojs/components';

/**
 * One choice among a few, as large chips; the chosen one says so in words (✓) as well as colour.
 * Used for stance, channel, reply decision, tenure and scope.
 */
export function ChoiceChips<T extends string>(props: {
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined | '';
  onChange: (value: T) => void;
}) {
  return (
    <View className="chips">
      {props.options.map((o) => (
        <Text key={o} className={`chip ${props.value === o ? 'chip-on' : ''}`} onClick={() => props.onChange(o)}>
          {props.value === o ? '✓ ' : ''}
          {props.labels[o]}
        </Text>
      ))}
    </View>
  );
}
