/**
 * Notices out: what a member hears about, in their 我的 → 消息 feed and, where they subscribed,
 * as a WeChat subscription message. Kinds are the events; templates are the few message layouts
 * WeChat lets a mini-program register, so several kinds share one.
 */

/** @internal The tests check every kind has a template. */
export const FEED_KINDS = [
  'notice',
  'approved',
  'attendance',
  'reply',
  'onBehalf',
  'voteOpened',
  'voteRescheduled',
  'meetingSoon',
  'voteClosing',
  'objectionClosing',
  'outcome',
  'effective',
  'reconsidered',
  'progress',
  'completed',
  'suggestionAnswered',
  'petitionReached',
  'familyProxy',
  'commissionFeedback',
] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** The subscription-message templates the mini-program registers (their ids are configuration). */
export const TEMPLATE_KEYS = ['notice', 'vote', 'result', 'progress', 'reply', 'account'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_TITLES: Record<TemplateKey, string> = {
  notice: '协商活动通知',
  vote: '表决提醒',
  result: '结果公示通知',
  progress: '办理进度通知',
  reply: '意见回复通知',
  account: '审核结果通知',
};

/**
 * The template each kind's message uses. Each event's definition (cloudfunctions/core/notify/events/)
 * names its template again, and the compiler holds the two to the same value.
 */
export const TEMPLATE_OF = {
  notice: 'notice',
  meetingSoon: 'notice',
  attendance: 'notice',
  approved: 'account',
  reply: 'reply',
  onBehalf: 'reply',
  voteOpened: 'vote',
  voteRescheduled: 'vote',
  voteClosing: 'vote',
  objectionClosing: 'result',
  outcome: 'result',
  effective: 'result',
  reconsidered: 'result',
  progress: 'progress',
  completed: 'progress',
  suggestionAnswered: 'reply',
  petitionReached: 'notice',
  familyProxy: 'vote',
  commissionFeedback: 'result',
} as const satisfies Record<FeedKind, TemplateKey>;

/** The templates to ask for at each natural tap (WeChat shows at most three in one prompt). */
export const SUBSCRIBE_AT = {
  follow: ['notice', 'vote', 'result'],
  afterVote: ['result', 'progress'],
  afterOpinion: ['reply', 'result', 'progress'],
  afterJoin: ['account', 'notice'],
  afterSuggestion: ['reply', 'notice'],
} as const satisfies Record<string, readonly TemplateKey[]>;
export type SubscribeMoment = keyof typeof SUBSCRIBE_AT;

/** Reminders a community may send, each some hours before its deadline; 0 turns one off. */
export const REMINDER_KINDS = ['meeting', 'vote', 'objection'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export type ReminderSettings = Record<ReminderKind, number>;
export const DEFAULT_REMINDERS: ReminderSettings = { meeting: 24, vote: 24, objection: 24 };
export const REMINDER_MAX_HOURS = 168;
export const REMINDER_LABELS: Record<ReminderKind, string> = {
  meeting: '会议开始前提醒未报名的居民',
  vote: '表决截止前提醒未投票的居民',
  objection: '公示期结束前提醒尚未提出异议的居民',
};

/** Where an outbox item stands. Only `pending` is ever picked up; `sending` is never sent again. */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'no_grant' | 'in_app' | 'failed' | 'unknown';
export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已发送',
  no_grant: '未订阅，仅站内消息',
  in_app: '未配置模板，仅站内消息',
  failed: '发送失败',
  unknown: '结果未知，不再重发',
};
