import { CHECKIN_WAY_LABELS, formatChinaTime, MINUTES_ROLE_LABELS, MINUTES_ROLES, PRESENT_UNITS, ROOM_COUNT_LABELS, ROOM_METHOD_LABELS } from '@shared';
import type { CheckinDoc, ConsultationDoc, MeetingDoc, TallyDoc } from '../docs';

/**
 * 会议纪要与签到 in the dossier: for each meeting, when and where, 应到／实到, the room's count with
 * who counted and watched, the minutes with who confirmed them, and every check-in — in words.
 */
export function meetingRows(
  docs: (MeetingDoc | CheckinDoc)[],
  c: ConsultationDoc | undefined,
  tallies: TallyDoc[],
  name: (memberId: string | undefined) => string,
): string[][] {
  const meetings = docs.filter((d): d is MeetingDoc => !('meetingId' in d));
  const checkins = docs.filter((d): d is CheckinDoc => 'meetingId' in d);
  return meetings.flatMap((m) => {
    const mine = checkins.filter((k) => k.meetingId === m._id).sort((a, b) => a.at - b.at);
    const present = mine.filter((k) => k.present);
    const room = tallies.find((t) => t.room?.meetingId === m._id)?.room;
    const unit = PRESENT_UNITS[m.form];
    const rows: [string, string][] = [
      ['会议', `第${m.round}轮，${formatChinaTime(m.openedAt)}开始签到${m.closedAt ? `，${formatChinaTime(m.closedAt)}结束签到` : ''}`],
      ['地点', c?.plan.place ?? ''],
      ['主持人', c?.plan.host ?? ''],
      ['应到／实到', `应到 ${m.expected} ${unit}（签到开始之日的名册），实到 ${room?.present ?? present.length} ${unit}`],
      ['到会名单', present.map((k) => k.name).join('、')],
    ];
    if (room) {
      const counts = (['agree', 'disagree', 'abstain', 'silent'] as const).map((f) => `${ROOM_COUNT_LABELS[f]} ${room.counts[f]}`).join('，');
      rows.push([
        '会场计票',
        `${ROOM_METHOD_LABELS[room.method]}：${counts}；计票人 ${room.teller}，监票人 ${room.scrutineer}；计票单照片 ${room.evidence.length}张；录入人 ${name(room.by)}，${formatChinaTime(room.at)}`,
      ]);
    }
    const minutes = m.minutes;
    if (minutes) {
      rows.push(
        ['记录人', minutes.recorder],
        ['议程', minutes.agenda],
        ['发言', minutes.speeches.map((s) => `${s.speaker}：${s.text}`).join('\n')],
        ['决定事项', minutes.decisions],
        [
          '纪要确认',
          MINUTES_ROLES.map((r) =>
            minutes.confirmed[r]
              ? `${MINUTES_ROLE_LABELS[r]} ${name(minutes.confirmed[r]!.by)}（${formatChinaTime(minutes.confirmed[r]!.at)}）`
              : `${MINUTES_ROLE_LABELS[r]}未确认`,
          ).join('；'),
        ],
      );
    }
    const arrivals = mine.map((k): [string, string] => [
      `签到：${k.label}`,
      `${CHECKIN_WAY_LABELS[k.way]}${k.proxy ? `（代理人 ${k.proxy.name}，委托书照片 ${k.proxy.evidence.length}张）` : ''}，${formatChinaTime(k.at)}，经办 ${name(k.by)}${k.present ? '' : `，${k.leftAt ? formatChinaTime(k.leftAt) : ''}离场`}`,
    ]);
    return [...rows, ...arrivals];
  });
}
