import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATALOGUE, findCatalogueItem } from '@shared/catalogue';

interface Props {
  label: string;
  hint?: string;
  value: string;
  /** The item chosen (with its name, for a title to start from), or '' for 不选. */
  onChange: (itemId: string, name: string) => void;
  /** Whether 不选 is offered: a draft needs its matter; a suggestion may leave it to the committee. */
  optional?: boolean;
}

/**
 * A matter from the 协商事项目录, for residents and the committee alike: tap a category, then one of
 * its matters; the choice stays in words above the chips. The catalogue is bundled, so picking costs
 * no call.
 */
export function CataloguePicker({ label, hint, value, onChange, optional }: Props) {
  const [open, setOpen] = useState('');
  const chosen = value ? findCatalogueItem(value) : undefined;
  const category = CATALOGUE.find((c) => c.id === open);
  const choose = (itemId: string, name: string) => {
    onChange(itemId, name);
    setOpen('');
  };
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      {hint ? <View className="field-hint">{hint}</View> : null}
      {chosen ? <View className="field-hint">{`已选：${chosen.item.name}（${chosen.category.name}）`}</View> : null}
      <View className="chips section">
        {optional ? (
          <Text className={`chip ${value ? '' : 'chip-on'}`} onClick={() => choose('', '')}>
            {value ? '' : '✓ '}不选
          </Text>
        ) : null}
        {CATALOGUE.map((c) => (
          <Text key={c.id} className={`chip ${open === c.id ? 'chip-on' : ''}`} onClick={() => setOpen(open === c.id ? '' : c.id)}>
            {chosen?.category.id === c.id ? '✓ ' : ''}
            {c.name}
          </Text>
        ))}
      </View>
      {category ? (
        <View className="chips">
          {category.items.map((item) => (
            <Text key={item.id} className={`chip ${item.id === value ? 'chip-on' : ''}`} onClick={() => choose(item.id, item.name)}>
              {item.id === value ? '✓ ' : ''}
              {item.name}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
