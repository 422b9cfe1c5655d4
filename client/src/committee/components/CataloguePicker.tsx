import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CATALOGUE, findCatalogueItem } from '@shared/catalogue';

interface Props {
  label: string;
  hint?: string;
  value: string;
  /** The item chosen (with its name, for a title to start from), or '' when unchosen. */
  onChange: (itemId: string, name: string) => void;
  /** Whether 不选 is offered: a draft needs its matter, a suggestion may leave it to later. */
  optional?: boolean;
}

/**
 * A matter from the 协商事项目录: tap a category, then one of its items. The catalogue is bundled
 * with this subpackage, so picking costs no call.
 */
export function CataloguePicker(props: Props) {
  const [open, setOpen] = useState('');
  const chosen = props.value ? findCatalogueItem(props.value) : undefined;
  return (
    <View className="field">
      <View className="field-label">{props.label}</View>
      {props.hint ? <View className="field-hint">{props.hint}</View> : null}
      {chosen ? (
        <View className="card">
          <View>{chosen.item.name}</View>
          <View className="meta">{chosen.category.name}</View>
          {props.optional ? (
            <Text className="photo-action" onClick={() => props.onChange('', '')}>
              不选
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className="chips">
        {CATALOGUE.map((c) => (
          <Text key={c.id} className={`chip ${open === c.id ? 'chip-on' : ''}`} onClick={() => setOpen(open === c.id ? '' : c.id)}>
            {c.name}
          </Text>
        ))}
      </View>
      {CATALOGUE.filter((c) => c.id === open).map((c) =>
        c.items.map((item) => (
          <View
            key={item.id}
            className={`card ${item.id === props.value ? 'chip-on' : ''}`}
            onClick={() => {
              props.onChange(item.id, item.name);
              setOpen('');
            }}
          >
            {item.name}
          </View>
        )),
      )}
    </View>
  );
}
