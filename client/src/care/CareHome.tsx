import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationListView, ConsultationSummary } from '@shared/api/views';
import { ConsultationCard } from '../components/ConsultationCard';

type Errand = 'opinion' | 'vote';

const ERRANDS: Record<Errand, { label: string; none: string; pick: string; url: (id: string) => string }> = {
  opinion: {
    label: '提意见',
    none: '现在没有正在征求意见的协商',
    pick: '请选择要提意见的协商',
    url: (id) => `/consultation/opinion/index?consultationId=${id}&channel=online`,
  },
  vote: { label: '去表决', none: '现在没有正在表决的协商', pick: '请选择要表决的协商', url: (id) => `/vote/index/index?consultationId=${id}` },
};

const go = (url: string) => Taro.navigateTo({ url });

/**
 * 长辈模式's home: the three things a resident comes for, each one large button. Where only one
 * consultation fits, the button goes straight to it; where several do, they are listed below it.
 * Everything else is one tap away (`onShowAll`).
 */
export function CareHome({ list, onShowAll }: { list: ConsultationListView; onShowAll: () => void }) {
  const [choosing, setChoosing] = useState<Errand | null>(null);
  const current = [...list.upcoming, ...list.ongoing];
  const fits: Record<Errand, ConsultationSummary[]> = {
    opinion: current.filter((c) => c.opinionsOpen),
    vote: current.filter((c) => c.votingOpen),
  };
  const start = (errand: Errand) => {
    const [only, ...more] = fits[errand];
    if (only && more.length === 0) go(ERRANDS[errand].url(only.id));
    else setChoosing(errand);
  };
  return (
    <View className="care-home">
      <View className="section-title">{list.community.name}</View>
      <Button className="btn btn-primary care-action" onClick={() => Taro.switchTab({ url: '/pages/notices/index' })}>
        看通知
      </Button>
      {(Object.keys(ERRANDS) as Errand[]).map((errand) => (
        <Button key={errand} className="btn btn-primary care-action" onClick={() => start(errand)}>
          {ERRANDS[errand].label}
          <Text className="care-action-count">{fits[errand].length > 0 ? `（${fits[errand].length} 项）` : ''}</Text>
        </Button>
      ))}
      {choosing ? <Choices errand={choosing} items={fits[choosing]} /> : null}
      <Button className="btn btn-plain" onClick={onShowAll}>
        查看全部协商和群众建议
      </Button>
    </View>
  );
}

function Choices({ errand, items }: { errand: Errand; items: ConsultationSummary[] }) {
  const { none, pick, url } = ERRANDS[errand];
  if (items.length === 0) return <View className="card">{none}</View>;
  return (
    <View className="section">
      <View className="section-title">{pick}</View>
      {items.map((item) => (
        <ConsultationCard key={item.id} item={item} onOpen={(id) => go(url(id))} />
      ))}
    </View>
  );
}
