import { randomUUID } from 'node:crypto';
import { DomainError, type AuditAction, type ParsedPayloadOf } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, InviteDoc, MemberDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { stableId } from './ids';
import { loadRegistry } from './registry';
import { findMember } from '../access/requireMember';
import { toMeView } from './views';
import { isStoreConflict, StoreConflictError } from '../store/port';
import { withCommitteeSeatTaken } from './committeeSeats';
import { findInvite } from './lookupInvite';

type Request = ParsedPayloadOf<'member', 'member.join'>;

/**
 * 加入社区: with the community's standing code a person asks to join and waits for the committee;
 * with a one-time committee code they become the community's committee member at once. Asking
 * again (a retry, or after a rejection) updates the same membership; the store's unique openid
 * key keeps it to one per person.
 */
export const joinCommunity: UseCase<'member', 'member.join'> = (ctx, request) => joinWithRetries(ctx, request, 3);

async function joinWithRetries(ctx: UseCaseContext, request: Request, attempts: number): ReturnType<UseCase<'member', 'member.join'>> {
  const { invite, community } = await findInvite(ctx, request.code);
  const existing = (await findMember(ctx))?.member;
  if (existing) await refuseIfMemberElsewhere(ctx, existing, community);
  try {
    if (invite.kind === 'committee') await joinCommittee(ctx, invite, community, request, existing);
    else await askToJoin(ctx, community, request, existing);
  } catch (e) {
    // Two requests of the same person raced (a double tap, a retry): the other one wrote first,
    // so this one is now a repeat and goes through the path for an existing membership.
    if (!isStoreConflict(e) || attempts <= 1) throw e;
    return joinWithRetries(ctx, request, attempts - 1);
  }
  return toMeView(ctx, await findMember(ctx));
}

async function refuseIfMemberElsewhere(ctx: UseCaseContext, m: MemberDoc, community: CommunityDoc) {
  if (m.communityId === community._id || (m.status !== 'active' && m.status !== 'pending')) return;
  const other = await ctx.store.get<CommunityDoc>('communities', m.communityId);
  throw new DomainError('CONFLICT', `您已${m.status === 'active' ? '加入' : '申请加入'}${other?.name ?? '其他社区'}，一个微信号只能加入一个社区`);
}

function requestFields(request: Request, community: CommunityDoc, unitId: string | undefined, now: number) {
  return {
    communityId: community._id,
    name: request.name,
    address: request.address,
    tenure: request.tenure,
    requestedAt: now,
    ...(unitId ? { unitId } : {}),
  };
}

async function askToJoin(ctx: UseCaseContext, community: CommunityDoc, request: Request, existing?: MemberDoc) {
  if (existing?.status === 'active') throw new DomainError('CONFLICT', '您已是本社区成员');
  const unitId = (await loadRegistry(ctx.store, community._id)).unitAt(request.address)?._id;
  const fields = { ...requestFields(request, community, unitId, ctx.now), status: 'pending' as const, role: 'resident' as const };
  const doc = existing
    ? await rewrite(ctx, existing, fields, ['unitId', 'ownerId', 'joinedAt', 'rejectReason', 'removeReason', 'decidedBy'])
    : await create(ctx, { _id: `m${randomUUID().replace(/-/g, '').slice(0, 23)}`, openid: ctx.caller.openid, version: 1, ...fields });
  await audit(ctx, doc, existing, 'member.join');
}

async function joinCommittee(ctx: UseCaseContext, invite: InviteDoc, community: CommunityDoc, request: Request, existing?: MemberDoc) {
  // The id is fixed before the code is claimed, so a retry after a lost reply finds its own claim.
  const id = existing?._id ?? stableId('m', ctx.caller.openid, invite._id);
  const claimed = await ctx.store.update('invites', { _id: invite._id, usedBy: null }, { set: { usedBy: id, usedAt: ctx.now } });
  if (claimed === 0 && (await ctx.store.get<InviteDoc>('invites', invite._id))?.usedBy !== id) {
    throw new DomainError('NOT_FOUND', '该邀请码已被使用');
  }
  if (existing?.status === 'active' && existing.role === 'committee' && existing.communityId === community._id) return;
  const unitId = (await loadRegistry(ctx.store, community._id)).unitAt(request.address)?._id;
  const fields = {
    ...requestFields(request, community, unitId, ctx.now),
    status: 'active' as const,
    role: 'committee' as const,
    joinedAt: ctx.now,
  };
  const doc = await withCommitteeSeatTaken(ctx, community._id, () =>
    existing
      ? rewrite(ctx, existing, fields, ['ownerId', 'rejectReason', 'removeReason', 'decidedBy'])
      : create(ctx, { _id: id, openid: ctx.caller.openid, version: 1, ...fields }),
  );
  await audit(ctx, doc, existing, 'member.joinCommittee');
}

async function create(ctx: UseCaseContext, doc: MemberDoc): Promise<MemberDoc> {
  await ctx.store.insert('members', doc);
  return doc;
}

async function rewrite(ctx: UseCaseContext, m: MemberDoc, set: Partial<MemberDoc>, unset: (keyof MemberDoc)[]): Promise<MemberDoc> {
  const update = { set: { ...set, version: m.version + 1 }, unset: unset.filter((k) => !(k in set)) };
  const changed = await ctx.store.update('members', { _id: m._id, version: m.version }, update);
  // Another request of the same person changed it first; the caller starts over from what is there now.
  if (changed === 0) throw new StoreConflictError('members', m._id);
  return { ...m, ...set, version: m.version + 1 };
}

function audit(ctx: UseCaseContext, doc: MemberDoc, before: MemberDoc | undefined, action: AuditAction) {
  return auditBy(ctx, doc, {
    action,
    entity: 'member',
    entityId: doc._id,
    before: before ? { status: before.status, version: before.version, role: before.role } : null,
    after: { status: doc.status, version: doc.version, role: doc.role },
  });
}
