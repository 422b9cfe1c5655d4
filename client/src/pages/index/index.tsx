import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { ConsultationSummary } from '@shared/api/views';
import { call } from '../../api';
import { CareHome } from '../../care/CareHome';
import { CareOffer } from '../../care/CareOffer';
import { followAccount, useCare, usePageClass } from '../../care/careMode';
import { ConsultationCard } from '../../components/ConsultationCard';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { showUnreadBadge } from '../../notify/badge';

const openDetail = (id: string) => Taro.navigateTo({ url: `/consultation/detail/index?id=${id}` });
const openDraft = (id: string) => Taro.navigateTo({ url: `/committee/draft/index?id=${id}` });

function Group({ title, items, empty, onOpen }: { title: string; items: ConsultationSummary[]; empty: string; onOpen: (id: string) => void }) {
  return (
    <View className="section">
      <View className="section-title">{title}</View>
      {items.length === 0 ? <View className="card meta">{empty}</View> : items.map((item) => <ConsultationCard key={item.id} item={item} onOpen={onOpen} />)}
    </View>
  );
}

/** What the account says of the caller that the home page acts on: whether they chose 长辈模式, and whether they have an account to keep it on. */
interface Account {
  care?: boolean;
  member: boolean;
}

/**
 * The app opens here, so this is where a new phone learns the account's 长辈模式 and where the 我的
 * tab's badge is set (it must not wait for 我的 to be opened). Both are hints: a failure is ignored.
 */
function useAccount(): Account | null {
  const [account, setAccount] = useState<Account | null>(null);
  useDidShow(() => {
    call('account', 'me.get', {}).then(
      (me) => {
        showUnreadBadge(me.unread);
        followAccount(me.member?.care);
        setAccount({ care: me.member?.care, member: Boolean(me.member) && me.member?.status !== 'deleted' });
      },
      () => undefined,
    );
  });
  return account;
}

/** 议事: my community's consultations, 即将召开 / 进行中 / 已结束, and the way into 群众建议; in 长辈模式, three large actions first. */
export default function Home() {
  const list = useLoad(() => call('consultation', 'consultation.list', {}));
  const account = useAccount();
  const care = useCare();
  const pageClass = usePageClass();
  const [showAll, setShowAll] = useState(false);
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  if (care && !showAll) {
    return (
      <View className={pageClass}>
        <CareHome list={list.data} onShowAll={() => setShowAll(true)} />
      </View>
    );
  }
  const { community, canCreate, drafts, upcoming, ongoing, finished } = list.data;
  const nothing = upcoming.length + ongoing.length + finished.length + (drafts?.length ?? 0) === 0;
  return (
    <View className={pageClass}>
      {care ? (
        <Button className="btn btn-plain" onClick={() => setShowAll(false)}>
          回到长辈模式首页
        </Button>
      ) : null}
      {account && !care ? <CareOffer accountCare={account.care} member={account.member} /> : null}
      <View className="section-title">{community.name}</View>
      {canCreate ? (
        // The editor checks a vote's rule against the community's kind before saving.
        <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: `/committee/draft/index?kind=${community.kind}` })}>
          发起协商
        </Button>
      ) : null}
      {/* The committee's first button is 发起协商; residents' is 我要建议. */}
      <Button className={`btn ${canCreate ? 'btn-plain' : 'btn-primary'} home-suggest`} onClick={() => Taro.navigateTo({ url: '/suggest/new/index' })}>
        我要建议
      </Button>
      <View className="card row home-suggestions" onClick={() => Taro.navigateTo({ url: '/suggest/list/index' })}>
        <Text>群众建议</Text>
        <Text className="meta">查看、附议 ›</Text>
      </View>
      {nothing ? <Empty text="本社区还没有协商议题" /> : null}
      {drafts && drafts.length > 0 ? <Group title="草稿（仅委员会可见）" items={drafts} empty="" onOpen={openDraft} /> : null}
      {nothing ? null : (
        <>
          <Group title="即将召开" items={upcoming} empty="暂无即将召开的协商" onOpen={openDetail} />
          <Group title="进行中" items={ongoing} empty="暂无进行中的协商" onOpen={openDetail} />
          <Group title="已结束" items={finished} empty="暂无已结束的协商" onOpen={openDetail} />
        </>
      )}
    </View>
  );
}
