import type { PlanDraft } from '@shared';
import type { CommunityDoc } from '../docs';

/** A plan that leaves the notice period open follows the community's own rule (its 议事规则). */
export function withCommunityDefaults(plan: PlanDraft, community: CommunityDoc): PlanDraft {
  return { noticeDays: community.settings.defaultNoticeDays, ...plan };
}
