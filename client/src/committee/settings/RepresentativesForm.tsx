import { View } from '@tarojs/components';
import type { CommunitySettingsView } from '@shared/api/views';
import { RESIDENT_REPRESENTATIVES_CHOICES, thresholdWords, type RepresentativesSetting } from '@shared/voting/representativesSetting';
import type { Threshold } from '@shared/voting/rules';
import { ChoiceChips } from '../../components/ChoiceChips';
import { SaveButton, useSettingsForm } from './useSettingsForm';

type Part = keyof RepresentativesSetting;
const PART_LABELS: Record<Part, string> = { quorum: '到会人数须达全体组成人员的', pass: '同意人数须达到会人数的' };

const same = (a: Threshold, b: Threshold) => a.num === b.num && a.den === b.den && a.inclusive === b.inclusive;
/** Chips need string keys: a threshold's position among the choices. */
const keyOf = (part: Part, t: Threshold) => String(RESIDENT_REPRESENTATIVES_CHOICES[part].findIndex((c) => same(c, t)));

/**
 * 居民代表会议表决标准: the revised 居委会组织法 (in force 2026-01-01) gives the 居民代表会议 its own
 * chapter, but its text is not yet confirmed here, so a 社区 sets the thresholds in its own 议事规则.
 * An open vote keeps the thresholds it opened with.
 */
export function RepresentativesForm({ settings }: { settings: CommunitySettingsView }) {
  const form = useSettingsForm(
    () => settings.residentRepresentatives!,
    (chosen) => ({ residentRepresentatives: chosen }),
  );
  const { typed: chosen, setTyped: setChosen } = form;

  return (
    <View className="card">
      <View className="card-title">居民代表会议表决标准</View>
      <View className="meta">
        居民代表会议由居委会成员和居民代表组成。修订后的居委会组织法（2026年1月1日施行）对其表决比例的条文尚待核实，请按本社区议事规则选择；不得低于过半数。已开始的表决按开始时的标准计票。
      </View>
      {(['quorum', 'pass'] as const).map((part) => {
        const choices = RESIDENT_REPRESENTATIVES_CHOICES[part];
        const keys = choices.map((_, i) => String(i));
        const labels = Object.fromEntries(choices.map((t, i) => [String(i), thresholdWords(t)]));
        return (
          <View className="field" key={part}>
            <View className="field-label">{PART_LABELS[part]}</View>
            <ChoiceChips
              options={keys}
              labels={labels}
              value={keyOf(part, chosen[part])}
              onChange={(k) => setChosen((c) => ({ ...c, [part]: choices[Number(k)] }))}
            />
          </View>
        );
      })}
      <SaveButton form={form} text="保存表决标准" />
    </View>
  );
}
