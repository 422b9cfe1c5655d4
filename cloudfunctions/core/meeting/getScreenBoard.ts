import { DomainError } from '@shared';
import type { MeetingDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { quorumOf } from './meetings';

/**
 * 投屏: the hall's screen shows 应到 / 实到 and the quorum line of one meeting, opened by the code
 * the host shows — no login, no names, nothing else of the community. A lapsed or changed code opens nothing.
 */
export const getScreenBoard: UseCase<'screen', 'screen.get'> = async (ctx, { code }) => {
  const [meeting] = await ctx.store.find<MeetingDoc>('meetings', { screenCode: code.toUpperCase() }, { limit: 1 });
  if (!meeting || meeting.screenCodeUntil <= ctx.now) throw new DomainError('NOT_FOUND', '投屏码无效或已过期，请向主持人索取新的投屏码');
  // Three reads a refresh, however many came: the meeting carries its title, and its round names the vote.
  const quorum = await quorumOf(ctx, meeting, { _id: meeting.consultationId, voteRound: meeting.round });
  return { title: meeting.title, community: meeting.communityName, status: meeting.status, quorum, at: ctx.now };
};
