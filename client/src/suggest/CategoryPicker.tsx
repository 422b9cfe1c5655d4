import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATALOGUE, findCatalogueItem } from '@shared/catalogue';

/**
 * 协商事项, optional: a category of the catalogue, then one of its matters. Residents often cannot
 * tell which matter fits, so 不选 is always one tap away and the committee sorts it out later.
 */
export function CategoryPicker({ value, onChange }: { value: string; onChange: (itemId: string) => void }) {
  const chosen = value ? findCatalogueItem(value) : undefined;
  const [open, setOpen] = useState(chosen?.category.id ?? '');
  const category = CATALOGUE.find((c) => c.id === open);
  return (
    <View className="field">
      <View className="field-label">协商事项（可不选）</View>
      <View className="field-hint">{chosen ? `已选：${chosen.item.name}` : '不清楚属于哪一类可以不选，委员会会帮您归类'}</View>
      <View className="chips section">
        <Text
          className={`chip ${value ? '' : 'chip-on'}`}
          onClick={() => {
            onChange('');
            setOpen('');
          }}
        >
          {value ? '' : '✓ '}不选
        </Text>
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
            <Text key={item.id} className={`chip ${item.id === value ? 'chip-on' : ''}`} onClick={() => onChange(item.id)}>
              {item.id === value ? '✓ ' : ''}
              {item.name}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
