import type { Attachment, PlanDraft, PlanRecord } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc } from '../docs';
import { checkAttachments } from '../files/attachments';
import { withCommunityDefaults } from './communityDefaults';

/**
 * The plan a draft stores: the community's defaults filled in, and its attachments checked by
 * their bytes (those already on the draft, `onRecord`, are not downloaded again).
 */
export async function toPlanRecord(ctx: UseCaseContext, plan: PlanDraft, community: CommunityDoc, onRecord?: Attachment[]): Promise<PlanRecord> {
  const { attachments, ...rest } = withCommunityDefaults(plan, community);
  if (!attachments?.length) return rest;
  return { ...rest, attachments: await checkAttachments(ctx, attachments, onRecord) };
}
