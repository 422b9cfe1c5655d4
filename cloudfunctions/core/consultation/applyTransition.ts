import {
  DomainError,
  STATE_LABELS,
  checkTransition,
  type GuardFacts,
  type TransitionName,
} from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, TimelineEntry } from '../docs';
import type { MemberInCommunity } from '../membership/requireMember';

export interface TransitionOptions {
  /** The version the caller saw; a newer one means someone changed it meanwhile. */
  expectedVersion?: number;
  facts?: Omit<GuardFacts, 'now'>;
  /** Further fields the transition writes along with the state. */
  set?: Record<string, unknown>;
  note?: string;
}

/**
 * Fires a lifecycle transition: checks role, state and guard, then writes with a guarded update
 * (`where {_id, status, version}`) so that of two people pressing the same button one wins and
 * the other is told what happened. The timeline entry and the audit event go with it.
 */
export async function applyTransition(
  ctx: UseCaseContext,
  { member }: MemberInCommunity,
  doc: ConsultationDoc,
  name: TransitionName,
  options: TransitionOptions = {},
): Promise<ConsultationDoc> {
  const to = checkTransition(name, member.role, {
    subject: { status: doc.status, plan: doc.plan, ...(doc.plan.vote ? { vote: doc.plan.vote } : {}) },
    facts: { now: ctx.now, ...options.facts },
  });
  if (options.expectedVersion !== undefined && options.expectedVersion !== doc.version) {
    throw new DomainError('CONFLICT');
  }
  const by = { memberId: member._id, role: member.role };
  const entry: TimelineEntry = { at: ctx.now, action: name, status: to, by };
  if (options.note) entry.note = options.note;
  const version = doc.version + 1;
  const changed = await ctx.store.update(
    'consultations',
    { _id: doc._id, status: doc.status, version: doc.version },
    { set: { status: to, version, updatedAt: ctx.now, ...options.set }, push: { timeline: [entry] } },
  );
  if (changed === 0) throw await lostRace(ctx, doc);
  await auditBy(ctx, member, {
    action: `consultation.${name}`,
    entity: 'consultation',
    entityId: doc._id,
    before: { status: doc.status, version: doc.version },
    after: { status: to, version },
  });
  return (await ctx.store.get<ConsultationDoc>('consultations', doc._id)) as ConsultationDoc;
}

/** Someone else wrote first: say what the consultation is now, or that it changed. */
export async function lostRace(ctx: UseCaseContext, doc: ConsultationDoc): Promise<DomainError> {
  const now = await ctx.store.get<ConsultationDoc>('consultations', doc._id);
  if (now && now.status !== doc.status) {
    return new DomainError('WRONG_STATE', `该议题已被他人处理，当前状态：${STATE_LABELS[now.status]}`);
  }
  return new DomainError('CONFLICT');
}
