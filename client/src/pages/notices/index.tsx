import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DAY_MS, formatChinaTime } from '@shared/time';
import type { ConsultationSummary } from '@shared/api/views';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

const open = (id: string) => Taro.navigateTo({ url: `/pages/consultation/index?id=${id}` });

function NoticeCard({ item }: { item: ConsultationSummary }) {
  return (
    <View className="card" onClick={() => open(item.id)}>
      <View className="card-title">{item.title}</View>
      <View className="meta">状态：{item.statusLabel}</View>
      {item.noticePublishedAt ? <View className="meta">发布：{formatChinaTime(item.noticePublishedAt)}</View> : null}
      {item.startsAt ? <View className="meta">协商时间：{formatChinaTime(item.startsAt)}</View> : null}
    </View>
  );
}

/** 公示 (村务公开): the notices on display and the outcomes of finished consultations, newest first. */
export default function Notices() {
  const list = useLoad(() => call('consultation', 'consultation.list', {}));
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <Failure error={list.error} onRetry={list.reload} />;
  const byPublication = (a: ConsultationSummary, b: ConsultationSummary) =>
    (b.noticePublishedAt ?? 0) - (a.noticePublishedAt ?? 0);
  const notices = [...list.data.upcoming, ...list.data.ongoing].sort(byPublication);
  const recent = Date.now() - 365 * DAY_MS;
  const results = list.data.finished.filter((c) => (c.startsAt ?? 0) > recent);
  return (
    <View className="page">
      <View className="section">
        <View className="section-title">协商公告</View>
        {notices.length === 0 ? <Empty text="暂无公告" /> : notices.map((c) => <NoticeCard key={c.id} item={c} />)}
      </View>
      <View className="section">
        <View className="section-title">近一年的协商结果</View>
        {results.length === 0 ? <Empty text="暂无协商结果" /> : results.map((c) => <NoticeCard key={c.id} item={c} />)}
      </View>
    </View>
  );
}
