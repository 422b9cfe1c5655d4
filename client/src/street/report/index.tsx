import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { OversightFiguresView } from '@shared/api/views';
import { call } from '../../api';
import { Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { PrintActions } from '../../committee/components/printable';

const listed = (items: { label: string; count: number }[]) => items.map((i) => `${i.label} ${i.count}`).join('、') || '无';

/** One community's (or the street's) figures as printed lines: the same words as the dashboard and the workbook. */
function Block({ name, f }: { name: string; f: OversightFiguresView }) {
  return (
    <View className="print-line">
      <View className="print-title">{name}</View>
      <View className="print-line">
        <View className="print-label">协商议题 {f.consultations} 个：</View>
        {listed(f.byState)}
      </View>
      <View className="print-line">
        按事项类别：{listed(f.byCategory)}；按协商形式：{listed(f.byForm)}
      </View>
      <View className="print-line">
        参与 {f.participants} 人，名册成年人 {f.registerAdults} 人，参与率 {f.participationText}
      </View>
      <View className="print-line">
        收到意见 {f.opinions} 条，已答复 {f.answered} 条（{f.answeredText}），答复用时中位数 {f.medianAnswerDays ?? '—'} 天
      </View>
      <View className="print-line">
        落实逾期 {f.overdueImplementations} 项，群众建议超期未答复 {f.overdueSuggestions} 条；满意度 {f.satisfactionText}（{f.evaluations} 人评价）
      </View>
    </View>
  );
}

/**
 * 报表（打印版）: the report to 民政 for a quarter or a year on A4 — each community's figures and the
 * street's total, from the same one call as the dashboard; the matters' list is in the workbook.
 */
export default function StreetReport() {
  const { params } = useRouter();
  const period = { year: Number(params.year), ...(params.quarter ? { quarter: Number(params.quarter) } : {}) };
  const d = useLoad(() => call('street', 'street.dashboard', { period }));
  if (d.status === 'loading') return <Loading />;
  if (d.status === 'error') return <Failure error={d.error} onRetry={d.reload} />;
  const { street, communities, total } = d.data;
  return (
    <View className="page print-sheets">
      <View className="print-sheet">
        <View className="print-community">{street.name}</View>
        <View className="print-heading">城乡社区协商工作情况</View>
        <View className="print-title">{d.data.period.label}</View>
        {communities.map((c) => (
          <Block key={c.id} name={c.name} f={c.figures} />
        ))}
        <Block name="合计" f={total} />
      </View>
      <PrintActions label="打印报表" />
    </View>
  );
}
