import { Text, View } from '@tarojs/components';
import type { CommissionFeedbackView, CommissionNoteView, CommissionView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { formatDay } from '../dates';
import { Field } from './ConsultationRecord';

/** The street's feedback on a report: what it took up, and why not all of it. */
function Feedback({ commissioner, f }: { commissioner: string; f: CommissionFeedbackView }) {
  return (
    <View className="section">
      <View className="card-title">
        {commissioner}反馈：{f.decisionLabel}
      </View>
      {f.reasons ? <View className="opinion-text">理由：{f.reasons}</View> : null}
      <View className="meta">{formatChinaTime(f.at)}</View>
    </View>
  );
}

/** On a consultation made on commission (its detail and its public record): 受…委托, and the feedback once given. */
export function CommissionNote({ note }: { note?: CommissionNoteView }) {
  if (!note) return null;
  return (
    <View className="card">
      <View className="meta">受{note.commissioner}委托协商</View>
      {note.feedback ? <Feedback commissioner={note.commissioner} f={note.feedback} /> : null}
    </View>
  );
}

/** One commissioned matter as the street and the committee both read it: what, for whom, by when, where it stands. */
export function CommissionCard({ m, onOpen }: { m: CommissionView; onOpen?: () => void }) {
  return (
    <View className="card" onClick={onOpen}>
      <View className="row">
        <Text className="card-title">{m.title}</Text>
        <Text className="tag">{m.stateLabel}</Text>
      </View>
      {m.overdue ? <Text className="tag tag-overdue">已超过报告期限</Text> : null}
      <Field label="委托方" value={m.commissioner} />
      <Field label="承办社区" value={m.community.name} />
      <Field label="报告期限" value={formatDay(m.dueOn)} />
      <View className="opinion-text">{m.matter}</View>
      {m.report ? (
        <View className="section">
          <View className="field-label">社区报告的协商结果（{formatChinaTime(m.report.at)}）</View>
          <View className="opinion-text">{m.report.outcome}</View>
          {m.report.note ? <View className="meta">补充说明：{m.report.note}</View> : null}
        </View>
      ) : null}
      {m.feedback ? <Feedback commissioner={m.commissioner} f={m.feedback} /> : null}
      {onOpen ? <View className="meta">查看详情 ›</View> : null}
    </View>
  );
}
