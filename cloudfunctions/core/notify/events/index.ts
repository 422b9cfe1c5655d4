import type { FeedKind } from '@shared';
import { applicationApproved } from './approved';
import { familyProxyDecided } from './familyProxy';
import { attendanceConfirmed } from './attendance';
import { commissionFeedback } from './commissionFeedback';
import { implementationCompleted } from './completed';
import { resultEffective } from './effective';
import type { NewsEvent } from './event';
import { meetingSoon } from './meetingSoon';
import { noticePublished } from './notice';
import { objectionClosing } from './objectionClosing';
import { enteredOnBehalf } from './onBehalf';
import { resultPublished } from './outcome';
import { petitionReached } from './petitionReached';
import { progressPosted } from './progress';
import { reconsidered } from './reconsidered';
import { opinionAnswered } from './reply';
import { suggestionAnswered } from './suggestionAnswered';
import { voteClosing } from './voteClosing';
import { voteOpened } from './voteOpened';
import { voteRescheduled } from './voteRescheduled';

/** Every event, by its kind: one each, so a stored item's kind names the one definition it came from. */
export const EVENTS = {
  notice: noticePublished,
  approved: applicationApproved,
  attendance: attendanceConfirmed,
  reply: opinionAnswered,
  onBehalf: enteredOnBehalf,
  voteOpened,
  voteRescheduled,
  meetingSoon,
  voteClosing,
  objectionClosing,
  outcome: resultPublished,
  effective: resultEffective,
  reconsidered,
  progress: progressPosted,
  completed: implementationCompleted,
  suggestionAnswered,
  petitionReached,
  familyProxy: familyProxyDecided,
  commissionFeedback,
} satisfies { [K in FeedKind]: NewsEvent<K> };

/** The subscription template of a kind's messages, as its event defines it. */
export const templateOf = (kind: FeedKind) => EVENTS[kind].template;
