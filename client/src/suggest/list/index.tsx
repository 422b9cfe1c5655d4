import { useEffect, useRef, useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PayloadOf } from '@shared/api';
import type { SuggestionListView } from '@shared/api/views';
import { call } from '../../api';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Empty, Failure, LoadMore, Loading } from '../../components/LoadState';
import { usePaged } from '../../hooks/usePaged';
import { SuggestionCard } from '../SuggestionCard';
import { usePageClass } from '../../care/careMode';

type Sort = NonNullable<PayloadOf<'suggestion', 'suggestion.list'>['sort']>;
const SORTS: readonly Sort[] = ['newest', 'cosigned'];
const SORT_LABELS: Record<Sort, string> = { newest: '最新', cosigned: '附议最多' };

const openItem = (id: string) => Taro.navigateTo({ url: `/suggest/item/index?id=${id}` });

/**
 * 群众建议: what the community's members raised and what became of each, newest or most co-signed
 * first, 20 at a time, with 附议 on every card and 我要建议 at the top.
 */
export default function SuggestionList() {
  const pageClass = usePageClass();
  const [sort, setSort] = useState<Sort>('newest');
  const list = usePaged(
    (page) => call('suggestion', 'suggestion.list', { sort, page }),
    (v: SuggestionListView) => v.items,
  );

  // A new order loads the first page again; the very first load is usePaged's own.
  const touched = useRef(false);
  const { reload } = list;
  useEffect(() => {
    if (touched.current) reload();
  }, [sort, reload]);
  const choose = (s: Sort) => {
    touched.current = true;
    setSort(s);
  };

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  return (
    <View className={pageClass}>
      <Button className="btn btn-primary suggest-new" onClick={() => Taro.navigateTo({ url: '/suggest/new/index' })}>
        我要建议
      </Button>
      <View className="meta">委员会将逐条答复；赞同别人的建议，可以附议支持。</View>
      <View className="section suggest-sort">
        <ChoiceChips options={SORTS} labels={SORT_LABELS} value={sort} onChange={choose} />
      </View>
      {list.items.length === 0 ? <Empty text="还没有建议，欢迎提出第一条" /> : null}
      {list.items.map((s) => (
        <SuggestionCard key={s.id} s={s} onOpen={() => openItem(s.id)} onChange={list.replace} />
      ))}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} count={list.items.length} />
    </View>
  );
}
