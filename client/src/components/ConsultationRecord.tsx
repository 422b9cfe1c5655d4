import { Text, View } from '@tarojs/components';
import type { ConsultationDetailView, StepView, TimelineEntryView } from '@shared/api/views';
import { DAY_MS, formatChinaTime } from '@shared/time';
import { scheduleText } from '../dates';
import { AttachmentList } from '../files/AttachmentList';
import { ReadAloud } from '../voice/ReadAloud';
import { noticeSentence } from '../voice/text';
import { TermNotes } from './TermNotes';

/**
 * A consultation's record as members and the public board both show it: the notice and the road
 * so far. The detail page and the board's read-only page share these.
 */

export function Field({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return (
    <View className="kv">
      <View className="kv-key">{label}</View>
      <View className="kv-value">{value}</View>
    </View>
  );
}

export function Notice({ c }: { c: ConsultationDetailView['consultation'] }) {
  const { plan } = c;
  const when = scheduleText(plan.schedule);
  const noticeEnds =
    c.noticePublishedAt !== undefined && plan.noticeDays !== undefined ? formatChinaTime(c.noticePublishedAt + plan.noticeDays * DAY_MS) : undefined;
  return (
    <View className="card">
      <View className="row">
        <Text className="card-title">{plan.title}</Text>
        <Text className={`tag tag-${c.phase}`}>{c.statusLabel}</Text>
      </View>
      <View className="meta">
        {c.categoryGroupName} · {c.categoryName}
      </View>
      <View className="meta">目录版本：{c.catalogueLabel}</View>
      {plan.background ? <View className="section">{plan.background}</View> : null}
      <AttachmentList attachments={c.attachments} />
      <View className="section">
        <Field label="协商形式" value={c.formLabels.join('、')} />
        <Field label="协商时间" value={when} />
        <Field label="地点" value={plan.place} />
        <Field label="主持人" value={plan.host} />
        <Field label="参与范围" value={c.scopeLabel} />
        <Field label="参加人员" value={plan.participantsNote} />
        <Field label="公告发布" value={c.noticePublishedAt ? formatChinaTime(c.noticePublishedAt) : undefined} />
        <Field label="公示期至" value={noticeEnds} />
        {noticeEnds ? <TermNotes text="公示期" /> : null}
        <Field label="发起人" value={c.createdByName} />
        <Field label="撤回原因" value={c.withdrawReason} />
      </View>
      <ReadAloud text={noticeSentence(c)} />
    </View>
  );
}

/** 协商进程: the steps done and to come (members' view only), then every event with who and when. */
export function Timeline({ steps, timeline }: { steps?: StepView[]; timeline: TimelineEntryView[] }) {
  return (
    <View className="section">
      <View className="section-title">协商进程</View>
      <View className="card">
        {steps ? (
          <View className="steps">
            {steps.map((s) => (
              <Text key={s.state} className={`step step-${s.progress}`}>
                {s.progress === 'done' ? '✓ ' : s.progress === 'current' ? '● ' : ''}
                {s.label}
              </Text>
            ))}
          </View>
        ) : null}
        {timeline.map((e, i) => (
          <View key={i} className="timeline-item">
            <View>
              {e.label} · {e.statusLabel}
            </View>
            <View className="meta">
              {formatChinaTime(e.at)} · {e.byName}
            </View>
            {e.note ? <View className="meta">说明：{e.note}</View> : null}
          </View>
        ))}
      </View>
    </View>
  );
}
