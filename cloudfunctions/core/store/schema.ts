/**
 * Collections, their indexes and unique keys, declared once. The embedded adapter applies them
 * when it opens; `npm run db:ensure` applies them to a CloudBase environment.
 */
export interface IndexSpec {
  /** One field, or several for a compound key; dotted paths reach into nested objects. */
  fields: string[];
  unique?: boolean;
}

/** Records a dead request left marked, found by the scheduler's recount (counting/marks.ts). */
const MARKED_INDEX: IndexSpec = { fields: ['recount.pending', 'recount.at'] };

export const COLLECTIONS = {
  communities: [MARKED_INDEX, { fields: ['streetId'] }, { fields: ['parentName'] }] as IndexSpec[],
  streets: [{ fields: ['name'], unique: true }] as IndexSpec[],
  /** A street's staff: one place per person (openid), found by the caller's openid on every call. */
  staff: [{ fields: ['openid'], unique: true }, { fields: ['streetId', 'role'] }] as IndexSpec[],
  staffInvites: [{ fields: ['streetId'] }] as IndexSpec[],
  /** 跨社区协商, by street and by the deadline the street follows up. */
  joints: [{ fields: ['streetId', 'createdAt'] }, { fields: ['streetId', 'outcome.dueAt'] }] as IndexSpec[],
  /** 委托协商: the street's list (newest first) and a community's open ones (the committee's desk count). */
  commissions: [{ fields: ['streetId', 'createdAt'] }, { fields: ['communityId', 'state'] }] as IndexSpec[],
  /** A street's refined 协商事项目录, under the street's id. */
  streetCatalogues: [] as IndexSpec[],
  members: [{ fields: ['openid'], unique: true }, { fields: ['communityId', 'status'] }, { fields: ['communityId', 'role'] }] as IndexSpec[],
  units: [{ fields: ['communityId', 'building'] }, { fields: ['ownerId'] }] as IndexSpec[],
  owners: [{ fields: ['communityId'] }] as IndexSpec[],
  roster: [
    { fields: ['communityId', 'name'] },
    // The counts a meeting request's share is of (register/population.ts).
    { fields: ['communityId', 'status', 'birth.year', 'birth.month', 'birth.day'] },
    { fields: ['communityId', 'householdAdultFrom'] },
    { fields: ['communityId', 'representative', 'status'] },
    // The host finds an elder at the door by the initials of their name (wxy).
    { fields: ['communityId', 'initials'] },
    // A household's people, for a member acting for a relative (家人代办).
    { fields: ['communityId', 'householdKey'] },
    // Households a register write left unmarked (register/settleHouseholds.ts).
    { fields: ['unsettled.at'] },
  ] as IndexSpec[],
  invites: [{ fields: ['communityId', 'kind'] }] as IndexSpec[],
  consultations: [{ fields: ['communityId', 'status'] }, { fields: ['status'] }, { fields: ['announcePending'] }, MARKED_INDEX] as IndexSpec[],
  attendance: [{ fields: ['consultationId', 'kind'] }] as IndexSpec[],
  meetings: [{ fields: ['screenCode'] }] as IndexSpec[],
  checkins: [{ fields: ['meetingId', 'present', 'at'] }] as IndexSpec[],
  opinions: [
    { fields: ['consultationId', 'moderation', 'createdAt'] },
    { fields: ['communityId', 'answered', 'createdAt'] },
    { fields: ['authorId', 'createdAt'] },
    // A member's opinions on one consultation: the limit's one read.
    { fields: ['consultationId', 'authorId'] },
  ] as IndexSpec[],
  // A single-field index on the array: nedb's compound indexes do not match inside arrays.
  electors: [{ fields: ['voters'] }, { fields: ['voteId'] }] as IndexSpec[],
  ballots: [{ fields: ['voteId', 'at'] }] as IndexSpec[],
  tallies: [{ fields: ['status'] }, MARKED_INDEX] as IndexSpec[],
  // A vote's proxies, for the recount of their slots (counting/repairDrift.ts).
  proxies: [{ fields: ['voteId'] }] as IndexSpec[],
  // The 委托书 waiting for the committee in one vote (家人代办).
  familyProxies: [{ fields: ['voteId', 'state', 'at'] }, { fields: ['consultationId'] }] as IndexSpec[],
  objections: [{ fields: ['consultationId', 'state'] }] as IndexSpec[],
  progress: [{ fields: ['consultationId', 'at'] }, { fields: ['communityId', 'at'] }] as IndexSpec[],
  evaluations: [{ fields: ['consultationId', 'score'] }] as IndexSpec[],
  feed: [{ fields: ['memberId', 'at'] }] as IndexSpec[],
  announcements: [{ fields: ['communityId', 'at'] }, { fields: ['push.state', 'at'] }] as IndexSpec[],
  notifications: [{ fields: ['state', 'nextAt'] }, { fields: ['claim'] }, { fields: ['memberId', 'createdAt'] }] as IndexSpec[],
  grants: [{ fields: ['communityId', 'template', 'remaining'] }] as IndexSpec[],
  follows: [{ fields: ['consultationId'] }] as IndexSpec[],
  involvements: [{ fields: ['consultationId'] }, { fields: ['memberId'] }] as IndexSpec[],
  suggestions: [
    { fields: ['communityId', 'createdAt'] },
    { fields: ['communityId', 'cosigns'] },
    { fields: ['communityId', 'state', 'answerDueAt'] },
    // Open suggestions past their answer date, for the scheduler's flag (scheduler/flagOverdueSuggestions.ts).
    { fields: ['state', 'answerDueAt'] },
    { fields: ['announcePending'] },
    MARKED_INDEX,
  ] as IndexSpec[],
  cosigns: [{ fields: ['suggestionId', 'representative'] }, { fields: ['memberId'] }, { fields: ['suggestionId', 'memberId'] }] as IndexSpec[],
  cosignHouseholds: [{ fields: ['suggestionId', 'signers'] }] as IndexSpec[],
  /** The embedded default's record of what the local sender would have sent (never used on CloudBase). */
  localMessages: [{ fields: ['sentAt'] }] as IndexSpec[],
  archives: [] as IndexSpec[],
  /** Per caller and period: suggestions a day, invite codes tried an hour (limits/allowance.ts). */
  allowances: [{ fields: ['until'] }] as IndexSpec[],
  /** Each stored file's uploader, community and readers (core/files/fileRecords.ts), by a hash of its id. */
  files: [] as IndexSpec[],
  /** One document per member and China day: the upload quota's count and bytes. */
  uploadQuotas: [] as IndexSpec[],
  audit: [{ fields: ['entityId', 'at'] }, { fields: ['communityId', 'at'] }] as IndexSpec[],
  /** 街道督导's counters per community and year, and now (oversight/counters.ts); the daily refresh finds stale adults. */
  oversight: [{ fields: ['kind', 'adultsOn'] }, MARKED_INDEX] as IndexSpec[],
  /** Who took part in a period, once each (oversight/participants.ts); the recount counts them. */
  participantMarks: [{ fields: ['communityId', 'period'] }] as IndexSpec[],
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** A stable index name both stores can use, e.g. `communityId_status` or `openid_unique`. */
export function indexName(spec: IndexSpec): string {
  return spec.fields.join('_').replace(/\./g, '-') + (spec.unique ? '_unique' : '');
}
