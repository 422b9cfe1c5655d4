import { DomainError, STANCE_LABELS, type ParsedPayloadOf } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, OpinionDoc } from '../docs';
import { checkAttachments } from '../files/attachments';

type OutcomeInput = ParsedPayloadOf<'result', 'outcome.close'>;

/**
 * The outcome as stored, with who wrote it and when, and its attachments checked by their bytes
 * (those already on a revised outcome are not downloaded again).
 */
export async function outcomeOf(
  ctx: UseCaseContext,
  input: OutcomeInput,
  memberId: string,
  onRecord?: ConsultationDoc['outcome'],
): Promise<ConsultationDoc['outcome']> {
  if (input.dueAt <= ctx.now) throw new DomainError('INVALID_INPUT', '落实期限须晚于现在');
  // The outcome is what the community is told: its documents are the public's.
  const attachments = await checkAttachments(ctx, input.attachments, { by: memberId, readers: { kind: 'anyone' } }, onRecord?.attachments);
  return {
    text: input.text,
    responsible: input.responsible,
    dueAt: input.dueAt,
    by: memberId,
    at: ctx.now,
    ...(attachments.length ? { attachments } : {}),
  };
}

/** How many shown: enough to act on, the count says the rest. */
const LISTED = 10;

/**
 * The opinions still without a reply, for the refusal to close: every opinion gets an answer
 * before the outcome is written (handbook §1).
 */
export async function unansweredOpinions(ctx: UseCaseContext, consultationId: string): Promise<{ count: number; listed: string[] }> {
  const waiting = { consultationId, answered: false, moderation: { $ne: 'hidden' } } as const;
  const [count, docs] = await Promise.all([
    ctx.store.count('opinions', waiting),
    ctx.store.find<OpinionDoc>('opinions', waiting, { sort: [{ field: 'createdAt', dir: 'asc' }], limit: LISTED }),
  ]);
  const listed = docs.map((o) => `${STANCE_LABELS[o.stance]}：${o.text.length > 30 ? `${o.text.slice(0, 30)}…` : o.text}`);
  return { count, listed };
}
