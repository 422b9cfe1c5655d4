import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { EvaluationReportView } from '@shared/api/views';
import { SCORE_LABELS } from '@shared/result/result';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { Field } from '../../components/ConsultationRecord';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { Ratings } from '../../components/ResultSection';
import { useLoad } from '../../hooks/useLoad';

function Comments({ comments }: { comments: EvaluationReportView['comments'] }) {
  return (
    <View className="section">
      <View className="section-title">评价意见（{comments.length}）</View>
      {comments.length === 0 ? <View className="card meta">没有人留下文字意见</View> : null}
      {comments.map((c, i) => (
        <View key={i} className="card">
          <View className="row">
            <Text className="card-title">{c.name}</Text>
            <Text className="tag">
              {c.score}分 {SCORE_LABELS[c.score]}
            </Text>
          </View>
          <View className="opinion-text">{c.comment}</View>
          <View className="meta">{formatChinaTime(c.at)}</View>
        </View>
      ))}
    </View>
  );
}

/** How the work was done: opinions answered, objections, and carrying it out on time. */
function Facts({ report: r }: { report: EvaluationReportView }) {
  const im = r.implementation;
  return (
    <View className="card">
      <View className="card-title">协商与落实情况</View>
      <Field label="参与人数" value={`${r.participants} 人`} />
      <Field
        label="居民意见"
        value={`${r.opinions.total} 条：采纳 ${r.opinions.adopted} · 部分采纳 ${r.opinions.partly} · 不采纳 ${r.opinions.rejected} · 重复或无关 ${r.opinions.moderated}`}
      />
      <Field label="异议" value={`${r.objections.total} 条：采纳 ${r.objections.upheld} · 不予采纳 ${r.objections.dismissed}`} />
      <Field label="落实期限" value={im.dueAt !== undefined ? formatChinaTime(im.dueAt) : '未设定'} />
      <Field label="完成时间" value={im.completedAt !== undefined ? formatChinaTime(im.completedAt) : '尚未完成'} />
      <Field label="进展报告" value={`${im.posts} 次`} />
      {im.overdue ? <View className="error-text">✗ 落实曾经逾期</View> : <View className="ok-text">✓ 未逾期</View>}
    </View>
  );
}

/**
 * 测评报告: the supervisory committee's report on one consultation — the ratings with who gave
 * them, what became of the opinions and objections, and whether the work was done on time.
 * The committee may read it too; anyone else is told so rather than shown an error.
 */
export default function EvaluationReport() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useLoad(() => call('result', 'evaluation.report', { consultationId }));
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    if (loaded.error.code === 'FORBIDDEN') return <Empty text="测评报告由委员会和监督委员会查看" />;
    return <Failure error={loaded.error} onRetry={loaded.reload} />;
  }
  const r = loaded.data;
  return (
    <View className="page">
      <View className="card">
        <View className="row">
          <Text className="card-title">{r.consultation.title}</Text>
          <Text className="tag">{r.consultation.statusLabel}</Text>
        </View>
      </View>
      <View className="card">
        <View className="card-title">满意度</View>
        <View className="meta">
          {r.evaluation.open && r.evaluation.endsAt !== undefined ? `测评进行中，至 ${formatChinaTime(r.evaluation.endsAt)}` : '测评已结束'}
        </View>
        <Ratings evaluation={r.evaluation} />
      </View>
      <Facts report={r} />
      <Comments comments={r.comments} />
    </View>
  );
}
