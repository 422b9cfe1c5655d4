import { View } from '@tarojs/components';
import type { MinutesFacts, PublishedMinutesView, SpeechView } from '@shared/api/views';
import { ROOM_COUNT_LABELS } from '@shared/meeting/meeting';
import { formatChinaTime } from '@shared/time';
import { Field } from './ConsultationRecord';

const COUNTED = ['agree', 'disagree', 'abstain', 'silent'] as const;

/** What the minutes take from the record: when, where, who hosted, 应到／实到 and who came, the room's count. */
export function MinutesFactsBlock({ facts }: { facts: MinutesFacts }) {
  const more = facts.present - facts.attendance.length;
  return (
    <View className="section">
      <Field label="时间" value={formatChinaTime(facts.heldAt)} />
      <Field label="地点" value={facts.place} />
      <Field label="主持人" value={facts.host} />
      <Field label="应到／实到" value={`应到 ${facts.expected} ${facts.unit}，实到 ${facts.present} ${facts.unit}`} />
      <Field label="到会人员" value={`${facts.attendance.join('、')}${more > 0 ? ` 等 ${facts.present} ${facts.unit}` : ''}` || '无'} />
      {facts.room ? (
        <Field
          label={`会场计票（${facts.room.methodLabel}）`}
          value={`${COUNTED.map((f) => `${ROOM_COUNT_LABELS[f]} ${facts.room!.counts[f]}`).join('，')}；计票人 ${facts.room.teller}，监票人 ${facts.room.scrutineer}`}
        />
      ) : null}
      {facts.verdict ? <Field label="表决结果" value={facts.verdict} /> : null}
    </View>
  );
}

function Speeches({ speeches }: { speeches: SpeechView[] }) {
  if (speeches.length === 0) return <Field label="发言" value="无" />;
  return (
    <View className="section">
      <View className="field-label">发言</View>
      {speeches.map((s, i) => (
        <View key={i} className="opinion-text">
          {s.speaker}：{s.text}
        </View>
      ))}
    </View>
  );
}

/** 会议纪要 as published with the result: confirmed by the recorder and the host; names masked. */
export function MinutesCard({ minutes }: { minutes: PublishedMinutesView }) {
  return (
    <View className="card">
      <View className="card-title">会议纪要</View>
      <MinutesFactsBlock facts={minutes.facts} />
      <Field label="记录人" value={minutes.recorder} />
      <Field label="议程" value={minutes.agenda} />
      <Speeches speeches={minutes.speeches} />
      <Field label="会议决定" value={minutes.decisions} />
    </View>
  );
}
