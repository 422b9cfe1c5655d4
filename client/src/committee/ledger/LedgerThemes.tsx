import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SuggestionThemesView, SuggestionThemeView } from '@shared/api/views';
import { DAY_MS, toChinaDateTimeParts } from '@shared/time';
import { call } from '../../api';
import { now } from '../../clock';
import { ChoiceChips } from '../../components/ChoiceChips';
import { useSubmit } from '../../hooks/useSubmit';

/** The periods offered, in days back from today (today included). */
const PERIODS = { month: 30, quarter: 90, year: 365 } as const;
type Period = keyof typeof PERIODS;
const PERIOD_LABELS: Record<Period, string> = { month: '近30天', quarter: '近90天', year: '近一年' };

const periodOf = (p: Period) => {
  const today = now();
  return { from: toChinaDateTimeParts(today - (PERIODS[p] - 1) * DAY_MS).date, to: toChinaDateTimeParts(today).date };
};

function Theme({ t }: { t: SuggestionThemeView }) {
  return (
    <View className="card">
      <View className="card-title">{t.label}</View>
      <View className="meta">
        {t.count} 条建议 · {t.people} 人提出 · 附议 {t.cosigns} 人 · 待答复 {t.open} 条
      </View>
      {t.quotes.map((q) => (
        <View key={q.id} className="timeline-item" onClick={() => Taro.navigateTo({ url: `/committee/triage/index?id=${q.id}` })}>
          <Text>「{q.title}」</Text>
          <Text className="meta"> {q.stateLabel}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * 主题归纳: what the ledger's suggestions of a period keep raising, theme by theme, so a matter that
 * recurs shows before anyone proposes a topic. Asked for on request: it reads the whole period.
 */
export function LedgerThemes() {
  const [period, setPeriod] = useState<Period>('quarter');
  const [view, setView] = useState<SuggestionThemesView | null>(null);
  const { busy, error, run } = useSubmit('归纳失败，请重试');
  const load = (p: Period) => run(async () => setView(await call('suggestion', 'suggestion.themes', periodOf(p))));
  const choose = (p: Period) => {
    setPeriod(p);
    if (view) void load(p);
  };

  return (
    <View className="section">
      <View className="field">
        <View className="field-label">主题归纳</View>
        <ChoiceChips<Period> options={['month', 'quarter', 'year']} labels={PERIOD_LABELS} value={period} onChange={choose} />
      </View>
      <Button className="btn btn-plain" disabled={busy} onClick={() => load(period)}>
        {busy ? '正在归纳…' : view ? '重新归纳' : '归纳这段时间的建议'}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
      {view ? <Themes view={view} /> : null}
    </View>
  );
}

function Themes({ view }: { view: SuggestionThemesView }) {
  if (view.total === 0) return <View className="meta">这段时间没有收到建议</View>;
  return (
    <View>
      <View className="meta">
        {view.from} 至 {view.to} 共 {view.total} 条建议
        {view.themes.length ? `，归纳为 ${view.themes.length} 个主题` : '，条数太少，未形成主题'}
        {view.rest.length && view.themes.length ? `，另有 ${view.rest.length} 条未归入主题` : ''}
      </View>
      {view.themes.map((t) => (
        <Theme key={t.key} t={t} />
      ))}
      {view.groups.map((g) => (
        <View key={g.key} className="meta">
          内容相近的建议 {g.count} 条：「{g.title}」，可在答复时合并处理
        </View>
      ))}
    </View>
  );
}
