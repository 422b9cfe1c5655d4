import type { Attachment, PlanDraft, PlanRecord } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc } from '../docs';
import { checkAttachments } from '../files/attachments';
import { withCommunityDefaults } from './communityDefaults';

/**
 * The plan a draft stores: the community's defaults filled in, and its attachments checked by
 * their bytes (those already on the draft, `onRecord`, are not downloaded again). They are read
 * as the plan is: by the committee while it is a draft, by anyone once its notice is out.
 */
export async function toPlanRecord(
  ctx: UseCaseContext,
  plan: PlanDraft,
  where: { community: CommunityDoc; consultationId: string; by: string },
  onRecord?: Attachment[],
): Promise<PlanRecord> {
  const { attachments, ...rest } = withCommunityDefaults(plan, where.community);
  if (!attachments?.length) return rest;
  const holder = { by: where.by, readers: { kind: 'notice' as const, consultationId: where.consultationId } };
  return { ...rest, attachments: await checkAttachments(ctx, attachments, holder, onRecord) };
}
