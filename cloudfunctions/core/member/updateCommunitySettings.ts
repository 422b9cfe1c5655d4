import {
  DomainError,
  fractionWords,
  petitionProblem,
  representativesThresholds,
  TERMS,
  thresholdsProblem,
  thresholdWords,
  type CommunityKind,
  type ParsedPayloadOf,
} from '@shared';
import { auditBy } from '../audit';
import type { CommunityDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { toSettingsView } from './getCommunitySettings';

type Change = ParsedPayloadOf<'member', 'community.updateSettings'>;

/** What the audit keeps of a change, in words. */
function describe({ reminders, suggestions, residentRepresentatives, limits }: Change, kind: CommunityKind): string {
  const parts: string[] = [];
  if (residentRepresentatives) {
    parts.push(`居民代表会议：到会${thresholdWords(residentRepresentatives.quorum)}，同意${thresholdWords(residentRepresentatives.pass)}`);
  }
  if (reminders) parts.push(`提醒：会议前${reminders.meeting}小时，表决截止前${reminders.vote}小时，公示结束前${reminders.objection}小时（0为不提醒）`);
  if (suggestions) {
    const share = (s: { num: number; den: number } | null) => (s ? fractionWords(s.num, s.den) : '不适用');
    const { residents, households } = suggestions.petition;
    parts.push(`建议答复期限${suggestions.answerDays}天，法定提议比例：按${TERMS[kind].people}计 ${share(residents)}，按户计 ${share(households)}`);
  }
  if (limits) parts.push(`每人每个议题最多${limits.opinionsPerConsultation}条意见，每人每天最多${limits.suggestionsPerDay}条建议`);
  return parts.join('；');
}

/**
 * 社区设置: the reminder hours before each deadline, the suggestions' answer period and legal
 * shares, and what one member may send. Each part is replaced whole when given; a guarded update on the settings' version means
 * two committee members saving at once cannot both win.
 */
export const updateCommunitySettings: UseCase<'member', 'community.updateSettings'> = async (ctx, change) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { community } = who;
  if (!change.reminders && !change.suggestions && !change.residentRepresentatives && !change.limits) throw new DomainError('INVALID_INPUT', '没有要保存的设置');
  // A share of proposers may be lowered, never raised above the statute nor switched off where the statute has it.
  const shareProblem = change.suggestions && petitionProblem(community.kind, change.suggestions.petition);
  if (shareProblem) throw new DomainError('INVALID_INPUT', shareProblem);
  if (change.residentRepresentatives) {
    if (community.kind !== 'community') throw new DomainError('INVALID_INPUT', '居民代表会议只适用于社区');
    const problem = thresholdsProblem('resident_representatives', 'members', representativesThresholds(change.residentRepresentatives));
    if (problem) throw new DomainError('INVALID_INPUT', problem);
  }
  const version = community.settingsVersion;
  const set: Record<string, unknown> = { settingsVersion: version + 1 };
  if (change.reminders) set['settings.reminders'] = change.reminders;
  if (change.suggestions) set['settings.suggestions'] = change.suggestions;
  if (change.residentRepresentatives) set['settings.residentRepresentatives'] = change.residentRepresentatives;
  if (change.limits) set['settings.limits'] = change.limits;
  const changed = await ctx.store.update('communities', { _id: community._id, settingsVersion: version }, { set });
  if (changed === 0) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: 'community.updateSettings',
    entity: 'community',
    entityId: `${community._id}:settings`,
    before: { status: 'settings', version },
    after: { status: 'settings', version: version + 1 },
    note: describe(change, community.kind),
  });
  return toSettingsView((await ctx.store.get<CommunityDoc>('communities', community._id))!);
};
