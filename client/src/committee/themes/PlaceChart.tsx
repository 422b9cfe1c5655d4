import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OpinionThemesView } from '@shared/api/views';
import { ChoiceChips } from '../../components/ChoiceChips';
import { StanceSplit } from './StanceSplit';

type Places = OpinionThemesView['places'];
type Dimension = keyof Places;
const DIMENSIONS: Dimension[] = ['buildings', 'units', 'floors'];
const LABELS: Record<Dimension, string> = { buildings: '楼栋', units: '单元', floors: '楼层' };

/**
 * 按楼栋／单元／楼层: how each place leans — a lift or a charging shed is decided by who lives next
 * to it. One row per place, its name and numbers in words, the bar beside them. Only the splits
 * the authors' addresses allow are offered; none at all, and the chart is not shown.
 */
export function PlaceChart({ places }: { places: Places }) {
  const offered = DIMENSIONS.filter((d) => places[d].length > 0);
  const [chosen, setChosen] = useState<Dimension>('buildings');
  if (offered.length === 0) return null;
  const shown = offered.includes(chosen) ? chosen : offered[0];
  return (
    <View className="section">
      <View className="section-title">按{offered.map((d) => LABELS[d]).join('／')}</View>
      <View className="meta">按发表人现住址统计；没有登记住址的意见不计入</View>
      <View className="section">
        <ChoiceChips options={offered} labels={LABELS} value={shown} onChange={setChosen} />
      </View>
      <View className="card">
        {places[shown].map((row) => (
          <View key={row.label} className="place-row">
            <View className="row">
              <View className="field-label">{row.label}</View>
              <View className="meta">共 {row.total} 条</View>
            </View>
            <StanceSplit stances={row.stances} />
          </View>
        ))}
      </View>
    </View>
  );
}
