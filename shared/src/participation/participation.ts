import type { State } from '../consultation/lifecycle';

/** 协商 itself: who comes, what each person says, and the committee's answer to every opinion. */

export const ATTENDANCE_KINDS = ['participant', 'observer', 'absent'] as const;
/** 参加协商 (协商主体, in scope), 列席旁听 (anyone of the community), or 无法到场 (may send 书面意见). */
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];
export const ATTENDANCE_LABELS: Record<AttendanceKind, string> = {
  participant: '参加协商',
  observer: '列席旁听',
  absent: '无法到场',
};

/**
 * The talking runs from the notice until it is over: the meeting, and a vote opened with it.
 * Opinions come in, the committee transcribes what was handed in or said, and confirms who applied
 * — at the meeting itself too, where most confirmations happen, though applying closes when it starts.
 */
const TALKING: readonly State[] = ['announced', 'consulting', 'voting'];
export const talkingIsOpen = (status: State) => TALKING.includes(status);

/**
 * Where a place at the meeting stands, in words: confirmed, waiting for the committee, or — once
 * the talking is over — never confirmed. Observers and absences need no confirming.
 */
export function placeLabel(a: { kind: AttendanceKind; confirmed: boolean }, status: State): string | undefined {
  if (a.kind !== 'participant') return undefined;
  if (a.confirmed) return '委员会已确认';
  return talkingIsOpen(status) ? '待委员会确认' : '报名未经确认';
}

export const STANCES = ['support', 'oppose', 'neutral', 'suggestion'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
  support: '支持',
  oppose: '反对',
  neutral: '中立',
  suggestion: '其他建议',
};

export const CHANNELS = ['online', 'written', 'in_person'] as const;
/** How an opinion reached the consultation: online, a written opinion (书面意见), or said at the meeting. */
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { online: '网上', written: '书面', in_person: '现场' };

/** The mark on whatever a member of the household did for a relative (an opinion, a ballot): one word wherever it shows. */
export const FAMILY_LABEL = '家人代办';

/**
 * How the committee answers an opinion: on its merits (采纳, 部分采纳, 不采纳), or by moderation — a
 * repeat of what was said already (重复) or not about the matter (与议题无关). Either way the opinion
 * is answered and no longer holds the outcome back, and its author reads the answer and its reason.
 */
export const REPLY_DECISIONS = ['adopted', 'partly', 'rejected', 'duplicate', 'off_topic'] as const;
export type ReplyDecision = (typeof REPLY_DECISIONS)[number];
export const REPLY_LABELS: Record<ReplyDecision, string> = {
  adopted: '采纳',
  partly: '部分采纳',
  rejected: '不采纳',
  duplicate: '重复意见',
  off_topic: '与议题无关',
};
/** Every answer but 采纳 must say why; 采纳 may. */
export const needsReason = (d: ReplyDecision) => d !== 'adopted';

/**
 * An entry a committee member made on someone's behalf waits for that person to confirm or dispute it.
 * @internal The dossier test lists the codes with it rather than repeating them.
 */
export const ENTRY_STATES = ['pending', 'confirmed', 'disputed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];
export const ENTRY_LABELS: Record<EntryState, string> = { pending: '待本人确认', confirmed: '本人已确认', disputed: '本人有异议' };

/**
 * Content check: shown at once, held for the committee's review, or hidden after review.
 * @internal The dossier test lists the codes with it rather than repeating them.
 */
export const MODERATION_STATES = ['visible', 'review', 'hidden'] as const;
export type Moderation = (typeof MODERATION_STATES)[number];
export const MODERATION_LABELS: Record<Moderation, string> = { visible: '已公开', review: '待审核', hidden: '未公开' };

export const OPINION_LIMITS = {
  textMax: 2000,
  photosMax: 9,
  /** Per photo; WeChat's camera pictures are well under this. */
  photoMaxBytes: 5 * 1024 * 1024,
  pageSize: 20,
  /** Opinions one reply answers at once (a theme, a group of copies): one request, one read of them. */
  groupMax: 500,
} as const;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
