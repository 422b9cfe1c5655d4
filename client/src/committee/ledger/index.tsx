import { useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SuggestionExportView, SuggestionLedgerView, SuggestionView } from '@shared/api/views';
import {
  SUGGESTION_AGES,
  SUGGESTION_AGE_LABELS,
  SUGGESTION_CHANNELS,
  SUGGESTION_CHANNEL_LABELS,
  SUGGESTION_LIMITS,
  SUGGESTION_STATES,
  SUGGESTION_STATE_LABELS,
  type SuggestionAge,
  type SuggestionChannel,
  type SuggestionState,
} from '@shared/suggestion/suggestion';
import { toChinaDateTimeParts } from '@shared/time';
import { useAfterPause } from '../../hooks/useAfterPause';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { WorkbookLink } from '../../files/WorkbookLink';
import { usePaged } from '../../hooks/usePaged';
import { CataloguePicker } from '../../components/CataloguePicker';
import { useSubmit } from '../../hooks/useSubmit';
import { LedgerThemes } from './LedgerThemes';
import './index.css';

interface Filters {
  state?: SuggestionState;
  categoryId?: string;
  channel?: SuggestionChannel;
  age?: SuggestionAge;
  building?: string;
}

const SEARCH_PAUSE_MS = 500;
const openTriage = (id: string) => Taro.navigateTo({ url: `/committee/triage/index?id=${id}` });

/** One filter as chips: 全部 first, then each value by its label. */
function FilterChips<T extends string>(props: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange: (v: T | undefined) => void;
}) {
  const labels = { ...props.labels, all: '全部' };
  return (
    <View className="field">
      <View className="field-label">{props.label}</View>
      <ChoiceChips<T | 'all'>
        options={['all', ...props.options]}
        labels={labels}
        value={props.value ?? 'all'}
        onChange={(v) => props.onChange(v === 'all' ? undefined : v)}
      />
    </View>
  );
}

/** 楼栋或地点: applied once typing pauses, so each keystroke does not reload the ledger. */
function BuildingFilter({ onChange }: { onChange: (building: string | undefined) => void }) {
  const [typed, setTyped] = useState('');
  useAfterPause(typed, SEARCH_PAUSE_MS, (t) => onChange(t.trim() || undefined));
  return (
    <View className="field">
      <View className="field-label">楼栋或地点</View>
      <Input
        className="input"
        value={typed}
        placeholder="如：3栋、东门停车场"
        maxlength={SUGGESTION_LIMITS.placeMax}
        onInput={(e) => setTyped(e.detail.value)}
      />
    </View>
  );
}

/** 共 N 条 and the breakdown the server counted for the current filters. */
function Counts({ counts }: { counts: SuggestionLedgerView['counts'] }) {
  const answered = SUGGESTION_STATES.filter((s) => s !== 'open' && counts.byState[s] > 0);
  return (
    <View className="card ledger-counts">
      <Text>
        共 {counts.total} 条 · 待答复 {counts.byState.open} ·{' '}
      </Text>
      <Text className={counts.overdue > 0 ? 'ledger-overdue-count' : ''}>已超期 {counts.overdue}</Text>
      {answered.map((s) => (
        <Text key={s}>
          {' '}
          · {SUGGESTION_STATE_LABELS[s]} {counts.byState[s]}
        </Text>
      ))}
    </View>
  );
}

function LedgerRow({ s }: { s: SuggestionView }) {
  return (
    <View className={`card ledger-row ${s.overdue ? 'ledger-overdue' : ''}`} onClick={() => openTriage(s.id)}>
      <View className="row">
        <Text className="card-title">{s.title}</Text>
        <Text className="tag">{s.stateLabel}</Text>
      </View>
      <View className="meta">
        {s.authorName} · {s.channelLabel} · {s.place}
      </View>
      <View className="meta">
        {toChinaDateTimeParts(s.createdAt).date} 提出 · 附议 {s.cosigns} 人
      </View>
      {s.overdue || s.legalThreshold || s.underReview ? (
        <View className="ledger-tags">
          {s.overdue ? <Text className="tag tag-overdue">已超期</Text> : null}
          {s.legalThreshold ? <Text className="tag tag-upcoming">已达法定提议人数</Text> : null}
          {s.underReview ? <Text className="tag tag-draft">待审核</Text> : null}
        </View>
      ) : null}
      {s.can.triage ? (
        <Button
          className="btn btn-plain"
          onClick={(e) => {
            // The row opens the same page: one tap, one page.
            e.stopPropagation();
            openTriage(s.id);
          }}
        >
          答复
        </Button>
      ) : null}
    </View>
  );
}

/** 导出台账: the ledger under the current filters as a workbook, offered as the archive offers its own. */
function Export({ filters }: { filters: Filters }) {
  const [file, setFile] = useState<SuggestionExportView | null>(null);
  const { busy, error, run } = useSubmit('导出失败，请重试');
  const exportLedger = () =>
    run(async () => {
      setFile(await call('suggestion', 'suggestion.export', filters));
    });
  if (file) {
    return (
      <View className="card">
        <View className="meta">已按当前筛选条件导出 {file.rows} 条</View>
        <WorkbookLink file={file} name="台账表格" />
      </View>
    );
  }
  return (
    <View>
      <Button className="btn btn-plain" disabled={busy} onClick={exportLedger}>
        {busy ? '正在导出…' : '导出台账'}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/**
 * Whether the viewer keeps the ledger (the committee) or only reads it (the supervisory committee);
 * null until known, so neither the button nor the read-only note flashes up wrongly.
 */
function useKeepsLedger() {
  const [keeps, setKeeps] = useState<boolean | null>(null);
  useEffect(() => {
    // On failure the page stays read-only; the ledger's own load reports what went wrong.
    call('account', 'me.get', {}).then(
      (me) => setKeeps(Boolean(me.committee)),
      () => setKeeps(false),
    );
  }, []);
  return keeps;
}

/**
 * 群众意见台账: every suggestion of the community with what became of it, filtered by state,
 * channel, age, place and matter, and the themes they keep raising over a period. The committee
 * answers from here and enters suggestions collected offline; the supervisory committee reads and exports it.
 */
export default function LedgerPage() {
  const [filters, setFilters] = useState<Filters>({});
  // On a phone the filters would fill the first screen: they open on request, the ledger shows first.
  const [filtering, setFiltering] = useState(false);
  const active = Object.values(filters).filter((v) => v !== undefined).length;
  const keeps = useKeepsLedger();
  const filterKey = JSON.stringify(filters);
  const list = usePaged(
    (page) => call('suggestion', 'suggestion.ledger', { ...filters, page }),
    (v: SuggestionLedgerView) => v.items,
    filterKey,
  );
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((f) => (f[key] === value ? f : { ...f, [key]: value }));

  let body;
  if (list.status === 'loading') body = <Loading />;
  else if (list.status === 'error') body = <Failure error={list.error} onRetry={list.reload} />;
  else {
    body = (
      <>
        <Counts counts={list.data.counts} />
        {list.items.length === 0 ? <Empty text="没有符合条件的建议" /> : null}
        {list.items.map((s) => (
          <LedgerRow key={s.id} s={s} />
        ))}
        <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
      </>
    );
  }

  return (
    <View className="page">
      {keeps === true ? (
        <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: '/committee/suggestion/index' })}>
          录入建议
        </Button>
      ) : null}
      {keeps === false ? <View className="meta">监督委员会可查阅和导出台账，答复由委员会作出。</View> : null}
      {/* A new file per filter: an export made before the filters changed no longer matches them. */}
      <Export key={filterKey} filters={filters} />
      <View className="section">
        <Button className="btn btn-plain" onClick={() => setFiltering(!filtering)}>
          {filtering ? '收起筛选' : `筛选${active > 0 ? `（已选 ${active} 项）` : ''}`}
        </Button>
        {/* Hidden, not unmounted: the place typed so far stays when the panel is closed. */}
        <View style={filtering ? undefined : { display: 'none' }}>
          <FilterChips label="状态" options={SUGGESTION_STATES} labels={SUGGESTION_STATE_LABELS} value={filters.state} onChange={set('state')} />
          <FilterChips label="来源" options={SUGGESTION_CHANNELS} labels={SUGGESTION_CHANNEL_LABELS} value={filters.channel} onChange={set('channel')} />
          <FilterChips label="时间" options={SUGGESTION_AGES} labels={SUGGESTION_AGE_LABELS} value={filters.age} onChange={set('age')} />
          <BuildingFilter onChange={set('building')} />
          <CataloguePicker label="协商事项" optional value={filters.categoryId ?? ''} onChange={(id) => set('categoryId')(id || undefined)} />
        </View>
      </View>
      <LedgerThemes />
      <View className="section">{body}</View>
    </View>
  );
}
