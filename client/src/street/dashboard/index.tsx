import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OversightFiguresView, PeriodView, StreetDashboardView, StreetReportView } from '@shared/api/views';
import { call } from '../../api';
import { usePageClass } from '../../care/careMode';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Failure, Loading } from '../../components/LoadState';
import { WorkbookLink } from '../../files/WorkbookLink';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import './dashboard.css';

type Row = StreetDashboardView['communities'][number];

/** How the communities may be ordered: the lowest participation or answers first, the most overdue first. */
const SORTS = ['participation', 'answered', 'overdue', 'consultations'] as const;
type Sort = (typeof SORTS)[number];
const SORT_LABELS: Record<Sort, string> = {
  participation: '参与率低的在前',
  answered: '答复率低的在前',
  overdue: '逾期多的在前',
  consultations: '议题多的在前',
};
const ORDER: Record<Sort, (a: Row, b: Row) => number> = {
  participation: (a, b) => (a.figures.participationPermille ?? -1) - (b.figures.participationPermille ?? -1),
  answered: (a, b) => (a.figures.answeredPermille ?? -1) - (b.figures.answeredPermille ?? -1),
  overdue: (a, b) => overdueOf(b) - overdueOf(a),
  consultations: (a, b) => b.figures.consultations - a.figures.consultations,
};
const overdueOf = (r: Row) => r.figures.overdueImplementations + r.figures.overdueSuggestions;

/** The period as the actions take it: a year, and its quarter when it is one. */
const asPeriod = (p: PeriodView) => ({ year: p.year, ...(p.quarter ? { quarter: p.quarter } : {}) });

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <View className="figure">
      <View className="figure-number">{value}</View>
      <View className="meta">{label}</View>
    </View>
  );
}

function Totals({ f }: { f: OversightFiguresView }) {
  return (
    <View className="card figure-grid">
      <Figure label="协商议题" value={f.consultations} />
      <Figure label={`参与率（${f.participants}/${f.registerAdults}人）`} value={f.participationText} />
      <Figure label={`意见答复率（${f.answered}/${f.opinions}条）`} value={f.answeredText} />
      <Figure label="答复用时中位数" value={f.medianAnswerDays === null ? '—' : `${f.medianAnswerDays}天`} />
      <Figure label="落实逾期" value={f.overdueImplementations} />
      <Figure label="群众建议超期未答复" value={f.overdueSuggestions} />
      <Figure label={`满意度（${f.evaluations}人评价）`} value={f.satisfactionText} />
    </View>
  );
}

/** Counts as bars: longest first, each with its number in words beside it. */
function Bars({ title, items }: { title: string; items: { label: string; count: number }[] }) {
  const most = Math.max(1, ...items.map((i) => i.count));
  return (
    <View className="section">
      <View className="section-title">{title}</View>
      <View className="card">
        {items.length === 0 ? <View className="meta">本时段没有</View> : null}
        {items.map((i) => (
          <View key={i.label} className="bar-row">
            <Text className="bar-label">{i.label}</Text>
            <View className="bar-track">
              <View className="bar-fill" style={{ width: `${(i.count * 100) / most}%` }} />
            </View>
            <Text className="bar-value">{i.count}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function CommunityRow({ row }: { row: Row }) {
  const f = row.figures;
  const open = () => Taro.navigateTo({ url: `/street/community/index?id=${row.id}` });
  return (
    <View className="card" onClick={open}>
      <View className="row">
        <View className="card-title">{row.name}</View>
        <View className="meta">查看公开记录 ›</View>
      </View>
      <View className="meta">
        议题 {f.consultations} · 参与率 {f.participationText} · 答复率 {f.answeredText} · 满意度 {f.satisfactionText}
      </View>
      {overdueOf(row) > 0 ? (
        <View className="tag tag-overdue">
          逾期：落实 {f.overdueImplementations} 项，群众建议 {f.overdueSuggestions} 条
        </View>
      ) : null}
    </View>
  );
}

/** The report to 民政 for the period shown: on A4 (打印版), and as an .xlsx with the period's matters. */
function Report({ period }: { period: PeriodView }) {
  const [file, setFile] = useState<StreetReportView | null>(null);
  const { busy, error, run } = useSubmit('生成报表失败，请重试');
  const printable = `/street/report/index?year=${period.year}${period.quarter ? `&quarter=${period.quarter}` : ''}`;
  const made = file && file.fileName.includes(period.label) ? file : null;
  return (
    <View className="section">
      <View className="section-title">报民政的报表</View>
      <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: printable })}>
        {period.label}报表打印版
      </Button>
      {made ? (
        <View className="card">
          <View className="meta">已生成：汇总和 {made.matters} 项协商事项清单</View>
          <WorkbookLink file={made} name={`${period.label}报表`} />
        </View>
      ) : (
        <Button
          className="btn btn-plain"
          disabled={busy}
          onClick={() => run(async () => setFile(await call('street', 'street.report', { period: asPeriod(period) })))}
        >
          {busy ? '正在生成…' : `生成${period.label}报表（Excel）`}
        </Button>
      )}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** 街道督导: each community's consultation work over a quarter or a year, and the whole street's; one call. */
export default function Dashboard() {
  const pageClass = usePageClass();
  const [period, setPeriod] = useState<PeriodView | null>(null);
  const [sort, setSort] = useState<Sort>('participation');
  const load = useLoad(() => call('street', 'street.dashboard', period ? { period: asPeriod(period) } : {}));
  const { reload } = load;
  // Another period chosen: the same one call for it (the figures of the last stay on screen meanwhile).
  useEffect(() => {
    if (period) reload();
  }, [period, reload]);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <Failure error={load.error} onRetry={load.reload} />;
  const d = load.data;
  const labels = Object.fromEntries(d.periods.map((p) => [p.label, p.label]));
  return (
    <View className={pageClass}>
      <View className="section-title">
        {d.street.name} · {d.period.label}
      </View>
      <ChoiceChips
        options={d.periods.map((p) => p.label)}
        labels={labels}
        value={d.period.label}
        onChange={(l) => setPeriod(d.periods.find((p) => p.label === l) ?? null)}
      />
      <Totals f={d.total} />
      {d.overdueJoints.length > 0 ? (
        <View className="section">
          <View className="section-title">跨社区事项落实逾期（{d.overdueJoints.length}）</View>
          {d.overdueJoints.map((j) => (
            <View key={j.id} className="card" onClick={() => Taro.navigateTo({ url: `/street/joint/index?id=${j.id}` })}>
              <View className="card-title">{j.title}</View>
              <View className="tag tag-overdue">已逾期，请督促落实</View>
            </View>
          ))}
        </View>
      ) : null}
      <Bars title="议题状态" items={d.total.byState} />
      <Bars title="事项类别" items={d.total.byCategory} />
      <Bars title="协商形式" items={d.total.byForm} />
      <View className="section">
        <View className="section-title">各社区（{d.communities.length}）</View>
        <ChoiceChips options={SORTS} labels={SORT_LABELS} value={sort} onChange={setSort} />
        {[...d.communities].sort(ORDER[sort]).map((row) => (
          <CommunityRow key={row.id} row={row} />
        ))}
      </View>
      <Report period={d.period} />
    </View>
  );
}
