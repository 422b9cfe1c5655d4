import { OBJECTION_LABELS, type ObjectionView } from '@shared';
import type { UseCaseContext } from '../context';
import type { MemberDoc, ObjectionDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';
import { authorName, publicName } from '../member/views';

/** Objections as this viewer sees them: the committee and the author see the author's name, others a masked one. */
export async function toObjectionViews(ctx: UseCaseContext, docs: ObjectionDoc[], { member, community }: MemberInCommunity): Promise<ObjectionView[]> {
  const ids = new Set(docs.flatMap((d) => [d.authorId, d.answer?.by].filter((x): x is string => !!x)));
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: [...ids] } });
  const byId = new Map(members.map((m) => [m._id, m]));
  const committee = member.status === 'active' && member.role === 'committee';
  return docs.map((d) => {
    return {
      id: d._id,
      consultationId: d.consultationId,
      authorName: authorName(byId.get(d.authorId), committee || d.authorId === member._id),
      reason: d.reason,
      state: d.state,
      stateLabel: OBJECTION_LABELS[d.state],
      at: d.at,
      ...(d.answer ? { answer: { reason: d.answer.reason, byName: publicName(byId.get(d.answer.by), community.kind), at: d.answer.at } } : {}),
      can: { answer: committee && d.state === 'open' },
    };
  });
}
