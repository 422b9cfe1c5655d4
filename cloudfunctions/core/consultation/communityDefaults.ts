import { DomainError, voteProblems, type PlanDraft } from '@shared';
import type { CommunityDoc } from '../docs';

/**
 * A plan as this community stores it: one that leaves the notice period open follows the
 * community's own rule (its 议事规则), and a vote's rule must suit its scope and the community.
 */
export function withCommunityDefaults<P extends PlanDraft>(plan: P, community: CommunityDoc): P {
  const problems = plan.vote ? voteProblems(plan.vote, community.kind) : [];
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', problems[0], problems);
  return { noticeDays: community.settings.defaultNoticeDays, ...plan };
}
