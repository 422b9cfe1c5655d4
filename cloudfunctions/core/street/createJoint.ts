import { DomainError, transitionRefusal, type ParsedPayloadOf } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc, JointDoc, StaffActor } from '../docs';
import type { UseCase } from '../functionKit';
import { enforce, refusedBy } from '../access/decision';
import { requireOfficer, type StaffOfStreet } from '../access/street';
import { insertOrReadBack } from '../batches';
import { storeNewConsultation } from '../consultation/storeNew';
import { chooseMatter } from '../catalogue/communityCatalogue';
import { applyTransition, subjectOf } from '../consultation/applyTransition';
import { zeroCounts } from '../consultation/counts';
import { toPlanRecord } from '../consultation/planRecord';
import { stableId } from '../member/ids';
import { noticePublished } from '../notify/events/notice';
import { announcementOf } from '../notify/notify';
import { toJointView } from './jointView';

type Request = ParsedPayloadOf<'street', 'street.createJoint'>;

/** Whom a cross-community matter asks: each community's own residents, households or representatives, by its own register. */
const SCOPES_ACROSS = ['residents', 'households', 'representatives'];

/**
 * 跨社区协商: a street officer starts one matter across several of the street's communities. Each
 * community gets its own consultation under its own register (its board shows it, its residents
 * take part, its vote is counted on its own), published at once in the street's name; this
 * record ties them together. Every part is checked before anything is written, so a plan one
 * community cannot take changes nothing; ids follow from the request, so a retry finishes the
 * same matter instead of starting a second.
 */
export const createJoint: UseCase<'street', 'street.createJoint'> = async (ctx, request) => {
  const staffOf = await requireOfficer(ctx);
  const communities = await communitiesNamed(ctx, staffOf, request.communityIds);
  refuseWhatCannotSpan(request);
  const jointId = stableId('j', staffOf.street._id, staffOf.staff._id, request.requestId);
  const actor: StaffActor = { staffId: staffOf.staff._id, streetName: staffOf.street.name };
  const drafts = await Promise.all(communities.map((c) => draftFor(ctx, request, c, jointId, actor, communities)));
  for (const d of drafts) enforce(refusedBy(transitionRefusal('publishNotice', 'committee', { subject: subjectOf(d), facts: { now: ctx.now } })));
  const joint: JointDoc = {
    _id: jointId,
    streetId: staffOf.street._id,
    streetName: staffOf.street.name,
    title: request.plan.title,
    countRule: request.countRule,
    parts: communities.map((c, i) => ({ communityId: c._id, communityName: c.name, consultationId: drafts[i]._id })),
    version: 1,
    createdBy: staffOf.staff._id,
    createdAt: ctx.now,
  };
  const { stored } = await insertOrReadBack(ctx.store, 'joints', joint, (first) => first.createdBy === joint.createdBy);
  for (const draft of drafts) await publishPart(ctx, draft, actor);
  return toJointView(ctx, stored, staffOf);
};

/** The communities named, in the order named; one not under the caller's street is not there at all. */
async function communitiesNamed(ctx: UseCaseContext, { street }: StaffOfStreet, ids: string[]): Promise<CommunityDoc[]> {
  const found = await ctx.store.find<CommunityDoc>('communities', { _id: { $in: ids } });
  return ids.map((id) => {
    const c = found.find((f) => f._id === id);
    if (!c || c.streetId !== street._id) throw new DomainError('NOT_FOUND', '找不到所选社区，请重新选择');
    return c;
  });
}

function refuseWhatCannotSpan({ plan }: Request): void {
  const scopes = [plan.scope, plan.vote?.scope].filter((s) => s !== undefined);
  if (scopes.some((s) => !SCOPES_ACROSS.includes(s.kind))) {
    throw new DomainError('INVALID_INPUT', '跨社区协商的参与范围须为各社区的居民、户或代表（楼栋、小组、业主范围只属于一个社区）');
  }
  if (plan.attachments?.length) throw new DomainError('INVALID_INPUT', '跨社区协商暂不能附加文件，请在背景说明中写明要点');
}

/** The community's part as a draft, in memory: its plan under its own rules (a vote's rule must suit a 社区 or a 村). */
async function draftFor(
  ctx: UseCaseContext,
  { plan }: Request,
  community: CommunityDoc,
  jointId: string,
  actor: StaffActor,
  all: CommunityDoc[],
): Promise<ConsultationDoc> {
  const _id = stableId('c', jointId, community._id);
  return {
    _id,
    communityId: community._id,
    community: { name: community.name, kind: community.kind },
    joint: { id: jointId, streetName: actor.streetName, communityNames: all.map((c) => c.name) },
    status: 'draft',
    version: 1,
    plan: await toPlanRecord(ctx, plan, { community, consultationId: _id, by: actor.staffId }),
    // Each community's own catalogue (its street's refinement) must offer the matter.
    matter: await chooseMatter(ctx, community, plan.categoryId),
    createdBy: actor.staffId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    timeline: [{ at: ctx.now, action: 'createDraft', status: 'draft', by: actor }],
    counts: zeroCounts(),
  };
}

/**
 * Stores the part (or finds the one a first attempt stored), counted for the street by the request
 * that stored it, and publishes its notice, unless that is done.
 */
async function publishPart(ctx: UseCaseContext, draft: ConsultationDoc, actor: StaffActor): Promise<void> {
  const stored = await storeNewConsultation(ctx, draft, (first) => first.joint?.id === draft.joint?.id);
  if (stored.status !== 'draft') return;
  await applyTransition(ctx, actor, stored, 'publishNotice', {
    set: { noticePublishedAt: ctx.now },
    announce: [announcementOf(ctx, noticePublished, { c: stored, version: stored.version + 1 })],
  });
}
