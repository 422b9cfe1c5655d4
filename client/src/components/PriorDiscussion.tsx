import { View } from '@tarojs/components';
import type { PriorDiscussionView } from '@shared/api/views';
import { formatDay } from '../dates';
import { Field } from './ConsultationRecord';
import { PhotoStrip } from './OpinionCard';

/**
 * 前置研究 as recorded: each step with its day, meeting and conclusion, and the photos of the
 * minutes where the server hands them out (the committee and the supervisory committee only).
 */
export function PriorSteps({ steps }: { steps: PriorDiscussionView['steps'] }) {
  return (
    <>
      {steps.map((s) => (
        <View key={s.step} className="card">
          <View className="card-title">✓ {s.label}</View>
          <Field label="会议日期" value={formatDay(s.heldOn)} />
          <Field label="会议名称" value={s.meeting} />
          <Field label="研究结论" value={s.conclusion} />
          <PhotoStrip photos={s.photos} label="会议记录照片" />
        </View>
      ))}
    </>
  );
}

/** A 村's 四议两公开 in order; each step says in words whether it is done and when, not by colour alone. */
export function FourAndTwoPublic({ sequence }: { sequence: NonNullable<PriorDiscussionView['sequence']> }) {
  return (
    <View className="card">
      <View className="card-title">四议两公开</View>
      {sequence.map((s, i) => (
        <View key={s.label} className="kv">
          <View className="kv-value">
            <View>
              {i + 1}. {s.label}
            </View>
            <View className={s.doneOn ? 'ok-text' : 'meta'}>{s.doneOn ? `✓ 已完成（${formatDay(s.doneOn)}）` : '未完成'}</View>
          </View>
        </View>
      ))}
    </View>
  );
}
