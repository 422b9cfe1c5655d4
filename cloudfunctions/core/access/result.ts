import type { ConsultationDoc, MemberDoc } from '../docs';
import { mayActAsCommittee } from './committee';
import { ALLOWED, refused, type Decision } from './decision';

/**
 * May this member object to the published result now? `objection.file` throws the refusal; the
 * detail screen's `canObject` is this answer.
 */
export function mayObject(ctx: { now: number }, c: Pick<ConsultationDoc, 'status' | 'objectionWindowEndsAt'>, member: Pick<MemberDoc, 'status'>): Decision {
  const window = objectionWindow(ctx, c);
  if (!window.ok) return window;
  return member.status === 'active' ? ALLOWED : refused('NOT_MEMBER');
}

/** Is the result on display with its objection window open, whoever asks? The result section's `windowOpen` is this answer. */
export function objectionWindow(ctx: { now: number }, c: Pick<ConsultationDoc, 'status' | 'objectionWindowEndsAt'>): Decision {
  if (c.status !== 'publicized' || c.objectionWindowEndsAt === undefined) return refused('WRONG_STATE', '只能对正在公示的协商结果提出异议');
  if (ctx.now >= c.objectionWindowEndsAt) return refused('DEADLINE_PASSED', '异议期已经结束');
  return ALLOWED;
}

/**
 * May this member report implementation progress (落实进展) on this consultation? `progress.post`
 * throws the refusal; the detail screen's `manage.postProgress` is this answer.
 */
export function mayPostProgress(c: Pick<ConsultationDoc, 'status'>, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const committee = mayActAsCommittee(member);
  if (!committee.ok) return committee;
  return c.status === 'implementing' ? ALLOWED : refused('WRONG_STATE', '只能在落实阶段报告进展');
}
