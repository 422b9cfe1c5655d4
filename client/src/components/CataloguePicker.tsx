import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { findCatalogueItem, findIn, type RefinedCategory } from '@shared/catalogue';
import type { CatalogueView } from '@shared/api/views';
import { call } from '../api';
import { useLoad } from '../hooks/useLoad';

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
 * its matters; the choice stays in words above the chips. The list is the community's own, as its
 * 街道 refined it (its added matters and notes, without the ones it retired), so it is loaded.
 */
export function CataloguePicker(props: Props) {
  const catalogue = useLoad(() => call('consultation', 'catalogue.list', {}));
  return (
    <View className="field">
      <View className="field-label">{props.label}</View>
      {props.hint ? <View className="field-hint">{props.hint}</View> : null}
      {catalogue.status === 'loading' ? <View className="meta">正在读取协商事项目录…</View> : null}
      {catalogue.status === 'error' ? (
        <View>
          <View className="error-text">协商事项目录没有读取到：{catalogue.error.message}</View>
          <Button className="btn btn-plain" onClick={catalogue.reload}>
            重新读取
          </Button>
        </View>
      ) : null}
      {catalogue.status === 'ready' ? <Choices {...props} catalogue={catalogue.data} /> : null}
    </View>
  );
}

/**
 * The chosen matter in words. One the street has since retired is still named (from the static
 * catalogue where it was one of its items) and may be kept: the draft recorded it when it was chosen.
 */
function ChosenLine({ categories, value }: { categories: RefinedCategory[]; value: string }) {
  const chosen = findIn(categories, value);
  if (chosen) {
    return (
      <View>
        <View className="field-hint">{`已选：${chosen.item.name}（${chosen.category.name}）`}</View>
        {chosen.item.note ? <View className="field-hint">{`本街道说明：${chosen.item.note}`}</View> : null}
      </View>
    );
  }
  const old = findCatalogueItem(value);
  return (
    <View className="field-hint">{`已选：${old ? `${old.item.name}（${old.category.name}）` : '原选事项'}，本社区目录中已停用；可以保留，也可以重新选择`}</View>
  );
}

function Choices({ value, onChange, optional, catalogue }: Props & { catalogue: CatalogueView }) {
  const [open, setOpen] = useState('');
  const { categories } = catalogue;
  const category = categories.find((c) => c.id === open);
  const chosenCategory = value ? findIn(categories, value)?.category.id : undefined;
  const choose = (itemId: string, name: string) => {
    onChange(itemId, name);
    setOpen('');
  };
  return (
    <View>
      <View className="meta">{`目录：${catalogue.versionLabel}`}</View>
      {value ? <ChosenLine categories={categories} value={value} /> : null}
      <View className="chips section">
        {optional ? (
          <Text className={`chip ${value ? '' : 'chip-on'}`} onClick={() => choose('', '')}>
            {value ? '' : '✓ '}不选
          </Text>
        ) : null}
        {categories.map((c) => (
          <Text key={c.id} className={`chip ${open === c.id ? 'chip-on' : ''}`} onClick={() => setOpen(open === c.id ? '' : c.id)}>
            {chosenCategory === c.id ? '✓ ' : ''}
            {c.name}
          </Text>
        ))}
      </View>
      {category ? (
        <View>
          <View className="chips">
            {category.items.map((item) => (
              <Text key={item.id} className={`chip ${item.id === value ? 'chip-on' : ''}`} onClick={() => choose(item.id, item.name)}>
                {item.id === value ? '✓ ' : ''}
                {item.name}
              </Text>
            ))}
          </View>
          {/* The street's notes on this category's matters, read before choosing one. */}
          {category.items
            .filter((item) => item.note)
            .map((item) => (
              <View key={item.id} className="meta">{`${item.name}——本街道说明：${item.note}`}</View>
            ))}
        </View>
      ) : null}
    </View>
  );
}
