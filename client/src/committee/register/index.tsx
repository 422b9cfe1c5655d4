import { useEffect, useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RegisterPersonView, RegisterSummaryView } from '@shared/api/views';
import type { CommunityKind } from '@shared/member/roles';
import { TERMS } from '@shared/member/terms';
import { useAfterPause } from '../../hooks/useAfterPause';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { usePaged } from '../../hooks/usePaged';
import { PersonCard } from '../components/PersonCard';
import { RegisterCounts } from './RegisterCounts';

/** How long typing must pause before the register is searched, so every keystroke is not a call. */
const SEARCH_PAUSE_MS = 500;

type Status = 'current' | 'left';
const STATUS_LABELS: Record<Status, string> = { current: '在册', left: '已迁出或已故' };

interface Filters {
  query: string;
  /** '' for every group. */
  group: string;
  status: Status;
}

/** Who reads the register and in which words: only the committee keeps it; the supervisory committee reads it. */
async function loadRegisterDesk(): Promise<{ summary: RegisterSummaryView; kind: CommunityKind; keeps: boolean }> {
  const [me, summary] = await Promise.all([call('account', 'me.get', {}), call('member', 'register.summary', {})]);
  return { summary, kind: me.community?.kind ?? 'community', keeps: Boolean(me.committee) };
}

/**
 * A page of people. register.list says how many match rather than whether more follow, so the
 * page counts what it has shown against that; an empty page always ends the list.
 */
const loadPeople = (filters: Filters) => async (page: number) => {
  const query = filters.query.trim();
  const view = await call('member', 'register.list', {
    ...(query ? { query } : {}),
    ...(filters.group ? { group: filters.group } : {}),
    status: filters.status,
    page,
  });
  return { ...view, page, hasMore: view.people.length > 0 };
};

const personUrl = (kind: CommunityKind, p?: RegisterPersonView) => `/committee/register-person/index?kind=${kind}${p ? `&id=${encodeURIComponent(p.id)}` : ''}`;

/** 姓名、住址或拼音首字母: applied once typing pauses, or at once on 搜索. */
function SearchBox({ onSearch }: { onSearch: (query: string) => void }) {
  const [typed, setTyped] = useState('');
  const searchNow = useAfterPause(typed, SEARCH_PAUSE_MS, onSearch);
  return (
    <View className="field">
      <Input
        className="input"
        value={typed}
        confirmType="search"
        placeholder="姓名、住址或拼音首字母"
        maxlength={30}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={searchNow}
      />
      <View className="field-hint">拼音首字母如 wxy 可找到“王秀英”</View>
    </View>
  );
}

function emptyText(filters: Filters, people: string): string {
  const q = filters.query.trim();
  if (q) return `没有找到“${q}”`;
  if (filters.status === 'left') return '没有已迁出或已故的人员';
  return filters.group ? `${filters.group}还没有登记${people}` : `名册中还没有${people}，可以导入名册或逐个新增`;
}

/**
 * 名册: the community's people, app users or not — the electorate of every statutory vote. The
 * counts at the top are what a vote is measured against; below, the committee finds a person
 * (by name, address or pinyin initials), corrects them, adds one or marks one 迁出／死亡. The
 * supervisory committee reads the same page without the buttons.
 */
export default function RegisterPage() {
  const desk = useLoad(loadRegisterDesk);
  const [filters, setFilters] = useState<Filters>({ query: '', group: '', status: 'current' });
  const list = usePaged(loadPeople(filters), (v) => v.people, JSON.stringify({ ...filters, query: filters.query.trim() }));
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((f) => (f[key] === value ? f : { ...f, [key]: value }));

  const kind = desk.status === 'ready' ? desk.data.kind : null;
  useEffect(() => {
    if (kind) Taro.setNavigationBarTitle({ title: `${TERMS[kind].people}名册` });
  }, [kind]);

  if (desk.status === 'loading') return <Loading />;
  if (desk.status === 'error') return <Failure error={desk.error} onRetry={desk.reload} />;
  const { summary, keeps } = desk.data;
  const terms = TERMS[desk.data.kind];
  const open = (p?: RegisterPersonView) => () => Taro.navigateTo({ url: personUrl(desk.data.kind, p) });

  let people;
  if (list.status === 'loading') people = <Loading />;
  else if (list.status === 'error') people = <Failure error={list.error} onRetry={list.reload} />;
  else {
    people = (
      <>
        <View className="meta">{filters.query.trim() || filters.group ? `找到 ${list.data.matching} 人` : `共 ${list.data.matching} 人`}</View>
        {list.items.length === 0 ? <Empty text={emptyText(filters, terms.people)} /> : null}
        {list.items.map((p) => (
          <PersonCard
            key={p.id}
            person={p}
            terms={terms}
            action={keeps ? (p.status === 'current' ? '更正或标记迁出' : '更正') : undefined}
            onOpen={keeps ? open(p) : undefined}
          />
        ))}
        <LoadMore
          hasMore={list.items.length < list.data.matching && list.hasMore}
          busy={list.loadingMore}
          error={list.moreError}
          onMore={list.loadMore}
          count={list.items.length}
        />
      </>
    );
  }

  return (
    <View className="page">
      <RegisterCounts summary={summary} terms={terms} />
      {keeps ? (
        <>
          <Button className="btn btn-primary" onClick={open()}>
            新增人员
          </Button>
          <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: '/committee/roster/index' })}>
            导入名册
          </Button>
        </>
      ) : (
        <View className="meta">监督委员会可以查阅名册；登记、更正和标记迁出由{terms.committee}办理。</View>
      )}
      <View className="section">
        <SearchBox onSearch={set('query')} />
        {summary.groups.length > 0 ? (
          <ChoiceChips
            options={['', ...summary.groups.map((g) => g.group)]}
            labels={Object.fromEntries([['', '全部小组'], ...summary.groups.map((g) => [g.group, g.group])])}
            value={filters.group}
            onChange={set('group')}
          />
        ) : null}
        <ChoiceChips options={['current', 'left'] as const} labels={STATUS_LABELS} value={filters.status} onChange={set('status')} />
      </View>
      <View className="section">{people}</View>
    </View>
  );
}
