import { DomainError, STATE_LABELS, checkTransition, type Actor, type GuardFacts, type State, type TransitionName } from '@shared';
import { appendAudit, auditBy } from '../audit';
import type { SystemContext } from '../context';
import type { AuditDoc, ConsultationDoc, StaffActor, TimelineEntry } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';
import { carrying, copyCarriedNow, type AnnouncementDraft } from '../notify/announce';
import { consultationDocs, moveConsultation, overdueNow, whileOversight } from '../oversight/counters';

export interface TransitionOptions {
  /** The version the caller saw; a newer one means someone changed it meanwhile. */
  expectedVersion?: number;
  facts?: Omit<GuardFacts, 'now'>;
  /** Further fields the transition writes along with the state, and fields it clears. */
  set?: Record<string, unknown>;
  unset?: string[];
  note?: string;
  /** News of the change for many, committed in the same guarded write (see notify/announce.ts). */
  announce?: AnnouncementDraft[];
}

/**
 * Who fires a transition: a member, the scheduler acting on a deadline, or a street's officer on
 * a cross-community matter's part, who convenes it in each committee's stead (seed 002:
 * 「由乡镇（街道）党（工）委牵头组织开展协商」) and so takes the committee's place in the lifecycle.
 */
export type Acting = MemberInCommunity | 'system' | StaffActor;

/** The lifecycle role an actor acts in, and how the timeline and the audit name them. */
export function actorOf(acting: Acting): { role: Actor; by: TimelineEntry['by'] } {
  if (acting === 'system') return { role: 'system', by: { system: true } };
  if ('staffId' in acting) return { role: 'committee', by: acting };
  return { role: acting.member.role, by: { memberId: acting.member._id, role: acting.member.role } };
}

/**
 * Fires a lifecycle transition: checks role, state and guard, then writes with a guarded update
 * (`where {_id, status, version}`) so that of two people pressing the same button one wins and
 * the other is told what happened. The timeline entry and the audit event go with it.
 */
export async function applyTransition(
  ctx: SystemContext,
  acting: Acting,
  doc: ConsultationDoc,
  name: TransitionName,
  options: TransitionOptions = {},
): Promise<ConsultationDoc> {
  const { role, by } = actorOf(acting);
  const to = checkTransition(name, role, {
    subject: subjectOf(doc),
    facts: { now: ctx.now, ...options.facts },
  });
  if (options.expectedVersion !== undefined && options.expectedVersion !== doc.version) {
    throw new DomainError('CONFLICT');
  }
  const entry: TimelineEntry = { at: ctx.now, action: name, status: to, by };
  if (options.note) entry.note = options.note;
  const version = doc.version + 1;
  const news = options.announce?.length ? carrying(ctx.now, options.announce) : undefined;
  // The street's counters follow the state (oversight/counters.ts): the consultation leaves its old state's count for the new one's.
  const after = afterWrite(doc, to, options);
  await whileOversight(ctx.store, doc.communityId, consultationDocs(doc, overdueNow(doc) !== overdueNow(after)), ctx.now, async (moves) => {
    const changed = await ctx.store.update(
      'consultations',
      { _id: doc._id, status: doc.status, version: doc.version },
      {
        set: { status: to, version, updatedAt: ctx.now, ...options.set, ...news?.set },
        push: { timeline: [entry], ...news?.push },
        ...(news ? { inc: news.inc } : {}),
        ...(options.unset?.length ? { unset: options.unset } : {}),
      },
    );
    if (changed === 0) throw await lostRace(ctx, doc);
    moveConsultation(moves, doc.createdAt, doc, after);
  });
  const change: Pick<AuditDoc, 'action' | 'entity' | 'entityId' | 'before' | 'after' | 'note'> = {
    action: `consultation.${name}`,
    entity: 'consultation',
    entityId: doc._id,
    before: { status: doc.status, version: doc.version },
    after: { status: to, version },
    ...(options.note ? { note: options.note } : {}),
  };
  if (acting === 'system' || 'staffId' in acting) await appendAudit(ctx.store, { communityId: doc.communityId, at: ctx.now, actor: by, ...change });
  else await auditBy(ctx, acting.member, change);
  const stored = (await ctx.store.get<ConsultationDoc>('consultations', doc._id)) as ConsultationDoc;
  await copyCarriedNow(ctx, stored);
  return stored;
}

/** What the street counts of the consultation once the transition is written: its state, plan and overdue flag. */
function afterWrite(doc: ConsultationDoc, to: State, options: TransitionOptions): Pick<ConsultationDoc, 'status' | 'plan' | 'overdue'> {
  const after = { status: to, plan: doc.plan, overdue: doc.overdue, ...(options.set as Partial<ConsultationDoc> | undefined) };
  if (options.unset?.includes('overdue')) delete after.overdue;
  return { status: after.status, plan: after.plan, overdue: after.overdue };
}

/** What the lifecycle's guards look at, from the stored consultation. */
export function subjectOf(doc: ConsultationDoc) {
  return {
    status: doc.status,
    plan: doc.plan,
    ...(doc.plan.vote ? { vote: doc.plan.vote } : {}),
    priorSteps: doc.priorSteps ?? [],
    ...(doc.outcome ? { outcome: doc.outcome.text } : {}),
    ...(doc.objectionWindowEndsAt !== undefined ? { objectionWindowEndsAt: doc.objectionWindowEndsAt } : {}),
  };
}

/** Someone else wrote first: say what the consultation is now, or that it changed. */
export async function lostRace(ctx: SystemContext, doc: ConsultationDoc): Promise<DomainError> {
  const now = await ctx.store.get<ConsultationDoc>('consultations', doc._id);
  if (now && now.status !== doc.status) {
    return new DomainError('WRONG_STATE', `该议题已被他人处理，当前状态：${STATE_LABELS[now.status]}`);
  }
  return new DomainError('CONFLICT');
}
