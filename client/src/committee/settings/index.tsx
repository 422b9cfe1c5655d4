import { useRef } from 'react';
import { View } from '@tarojs/components';
import type { CommunitySettingsView } from '@shared/api/views';
import { REMINDER_KINDS, REMINDER_LABELS, REMINDER_MAX_HOURS, type ReminderKind, type ReminderSettings } from '@shared/notify/notify';
import { DEFAULT_PETITION, petitionBasisWords, petitionProblem, type PetitionSettings, type Share } from '@shared/suggestion/suggestion';
import { fractionWords } from '@shared/member/terms';
import type { CommunityKind } from '@shared/member/roles';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../hooks/useLoad';
import { LimitsForm } from './LimitsForm';
import { RepresentativesForm } from './RepresentativesForm';
import { SaveButton, useSettingsForm } from './useSettingsForm';

/** The hours as typed, so a half-typed or cleared box stays as it is until 保存 checks it. */
type Typed = Record<ReminderKind, string>;

const typedOf = (r: ReminderSettings): Typed => ({ meeting: String(r.meeting), vote: String(r.vote), objection: String(r.objection) });

/** The hours as the API takes them, or the first problem in words; the server checks again. */
function parseReminders(typed: Typed): { reminders: ReminderSettings } | { problem: string } {
  const reminders: Partial<ReminderSettings> = {};
  for (const kind of REMINDER_KINDS) {
    const text = typed[kind].trim();
    const label = REMINDER_LABELS[kind];
    if (text === '') return { problem: `请填写“${label}”的小时数，不提醒请填 0` };
    if (!/^\d+$/.test(text) || Number(text) > REMINDER_MAX_HOURS) {
      return { problem: `“${label}”须为 0 到 ${REMINDER_MAX_HOURS} 之间的整数（小时）` };
    }
    reminders[kind] = Number(text);
  }
  return { reminders: reminders as ReminderSettings };
}

/** The periods set for the community as a whole, shown so the reminders can be weighed against them. */
function Periods({ settings }: { settings: CommunitySettingsView }) {
  return (
    <View className="card">
      <View className="card-title">公示与评价期限</View>
      <View className="kv">
        <View className="kv-key">异议期</View>
        <View className="kv-value">结果公示后 {settings.objectionDays} 天内可提出异议</View>
      </View>
      <View className="kv">
        <View className="kv-key">评价期</View>
        <View className="kv-value">落实完成后 {settings.evaluationDays} 天内可评价</View>
      </View>
    </View>
  );
}

/** 提醒: the hours before each deadline; saved on their own, so sending them never touches the suggestion rules. */
function ReminderForm({ settings }: { settings: CommunitySettingsView }) {
  const form = useSettingsForm(() => typedOf(settings.reminders), parseReminders);
  const { typed, setTyped } = form;

  return (
    <View className="card">
      <View className="card-title">提醒</View>
      <View className="meta">截止前若干小时，提醒尚未参与的居民。填 0 表示不提醒，最多提前 {REMINDER_MAX_HOURS} 小时。</View>
      <View className="section">
        {REMINDER_KINDS.map((kind) => (
          <TextField
            key={kind}
            label={REMINDER_LABELS[kind]}
            type="number"
            value={typed[kind]}
            placeholder="小时数，0 表示不提醒"
            maxlength={3}
            hint="单位：小时"
            onInput={(v) => setTyped((t) => ({ ...t, [kind]: v }))}
          />
        ))}
      </View>
      <SaveButton form={form} text="保存提醒设置" />
    </View>
  );
}

/* ---------- 群众建议: the answer period and the legal shares of proposers ---------- */

type Basis = keyof PetitionSettings;
const BASES: readonly Basis[] = ['residents', 'households', 'representatives'];
type Applies = 'on' | 'off';
const APPLIES: readonly Applies[] = ['on', 'off'];
const APPLIES_LABELS: Record<Applies, string> = { on: '适用', off: '不适用' };

/** A share as typed; a basis turned off keeps its numbers, so turning it back on restores them. */
interface TypedShare {
  on: boolean;
  num: string;
  den: string;
}
interface TypedSuggestions {
  answerDays: string;
  shares: Record<Basis, TypedShare>;
}

function typedSuggestionsOf(settings: CommunitySettingsView): TypedSuggestions {
  const { answerDays, petition } = settings.suggestions;
  // A basis that is off starts from the legal default for this kind of community, if it has one.
  const legal = DEFAULT_PETITION[settings.community.kind];
  const typedShare = (basis: Basis): TypedShare => {
    const shown = petition[basis] ?? legal[basis];
    return { on: (petition[basis] ?? null) !== null, num: shown ? String(shown.num) : '', den: shown ? String(shown.den) : '' };
  };
  return {
    answerDays: String(answerDays),
    shares: { residents: typedShare('residents'), households: typedShare('households'), representatives: typedShare('representatives') },
  };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function parseShare(typed: TypedShare, label: string): { share: Share | null } | { problem: string } {
  if (!typed.on) return { share: null };
  const share = { num: wholeNumber(typed.num), den: wholeNumber(typed.den) };
  if (!(share.num >= 1) || !(share.den >= 1 && share.den <= 1000)) {
    return { problem: `“${label}”比例的分子须为不小于 1 的整数，分母须为 1 到 1000 之间的整数` };
  }
  if (share.num > share.den) return { problem: `“${label}”比例的分子不能大于分母` };
  return { share };
}

/** The suggestion settings as the API takes them, or the first problem in words; the server checks again. */
function parseSuggestions(typed: TypedSuggestions, kind: CommunityKind): { suggestions: CommunitySettingsView['suggestions'] } | { problem: string } {
  const answerDays = wholeNumber(typed.answerDays);
  if (!(answerDays >= 1 && answerDays <= 90)) return { problem: '答复期限须为 1 到 90 之间的整数（天）' };
  const residents = parseShare(typed.shares.residents, petitionBasisWords('residents', kind));
  if ('problem' in residents) return residents;
  const households = parseShare(typed.shares.households, petitionBasisWords('households', kind));
  if ('problem' in households) return households;
  const representatives = parseShare(typed.shares.representatives, petitionBasisWords('representatives', kind));
  if ('problem' in representatives) return representatives;
  return { suggestions: { answerDays, petition: { residents: residents.share, households: households.share, representatives: representatives.share } } };
}

function ShareField(props: { basis: Basis; kind: CommunityKind; value: TypedShare; onChange: (v: TypedShare) => void }) {
  const { value, onChange } = props;
  const label = petitionBasisWords(props.basis, props.kind);
  const num = wholeNumber(value.num);
  const den = wholeNumber(value.den);
  return (
    <View className="field">
      <View className="field-label">按{label}计的提议比例</View>
      <ChoiceChips options={APPLIES} labels={APPLIES_LABELS} value={value.on ? 'on' : 'off'} onChange={(a) => onChange({ ...value, on: a === 'on' })} />
      {value.on ? (
        <>
          <TextField label="分子" type="number" value={value.num} placeholder="如 1" maxlength={4} onInput={(v) => onChange({ ...value, num: v })} />
          <TextField label="分母" type="number" value={value.den} placeholder="如 5" maxlength={4} onInput={(v) => onChange({ ...value, den: v })} />
          {num >= 1 && den >= 1 ? (
            <View className="field-hint">
              即{fractionWords(num, den)}以上的{label}提议
            </View>
          ) : null}
        </>
      ) : null}
    </View>
  );
}

/** 群众建议: how long the committee has to answer, and the shares of proposers that oblige a meeting. */
function SuggestionForm({ settings }: { settings: CommunitySettingsView }) {
  const kind = settings.community.kind;
  const form = useSettingsForm(
    () => typedSuggestionsOf(settings),
    (typed) => {
      const parsed = parseSuggestions(typed, kind);
      if ('problem' in parsed) return parsed;
      // The rule the server applies: a share may be lowered, never raised above the statute nor switched off.
      const beyondStatute = petitionProblem(kind, parsed.suggestions.petition);
      return beyondStatute ? { problem: beyondStatute } : parsed;
    },
  );
  const { typed, setTyped } = form;

  return (
    <View className="card">
      <View className="card-title">群众建议</View>
      <TextField
        label="答复期限（天）"
        type="number"
        value={typed.answerDays}
        placeholder="1 到 90 天"
        maxlength={2}
        hint="居民提出建议后，委员会须在此期限内答复；超过期限的建议在台账中标为已超期"
        onInput={(v) => setTyped((t) => ({ ...t, answerDays: v }))}
      />
      <View className="field-hint">
        提议人数达到下列比例时，台账标记“已达法定提议人数”。比例可以按本社区议事规则调低，不能高于法定比例。社区：居民会议由五分之一以上的十八周岁以上居民或五分之一以上的户提议召集（居委会组织法第十条）；村：十分之一以上的村民或三分之一以上的村民代表提议（村委会组织法第二十一条）。比例的分母按名册计。
      </View>
      {BASES.map((basis) => (
        <ShareField
          key={basis}
          basis={basis}
          kind={settings.community.kind}
          value={typed.shares[basis]}
          onChange={(v) => setTyped((t) => ({ ...t, shares: { ...t.shares, [basis]: v } }))}
        />
      ))}
      <SaveButton form={form} text="保存群众建议设置" />
    </View>
  );
}

/**
 * 社区设置: how long before a meeting, a vote's close and the end of the objection window the
 * residents who have not yet taken part are reminded, and the rules for residents' suggestions
 * (the answer period and the legal shares of proposers), and what one member may send. Each part is saved on its own. A reload that fails later (coming back to
 * the app, say) keeps the form and what was typed on screen rather than swapping it for the error.
 */
export default function SettingsPage() {
  const loaded = useLoad(() => call('member', 'community.settings', {}));
  const last = useRef<CommunitySettingsView | null>(null);
  if (loaded.status === 'ready') last.current = loaded.data;
  const settings = last.current;
  if (!settings) return loaded.status === 'error' ? <Failure error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">{settings.community.name}</View>
      </View>
      <ReminderForm settings={settings} />
      <Periods settings={settings} />
      <SuggestionForm settings={settings} />
      <LimitsForm settings={settings} />
      {settings.residentRepresentatives ? <RepresentativesForm settings={settings} /> : null}
    </View>
  );
}
