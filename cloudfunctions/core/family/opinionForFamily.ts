import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember, type MemberInCommunity } from '../access/requireMember';
import type { UseCaseContext } from '../context';
import type { OpinionDoc } from '../docs';
import { ownOpinionPlaces } from '../participation/ownOpinions';
import { enteredOnBehalf } from '../notify/events/onBehalf';
import { notify } from '../notify/notify';
import { moderationFor } from '../participation/checks';
import { createOpinion } from '../participation/createOpinion';
import { toOpinionViews, viewerOf } from '../participation/views';
import { requireOpinionsOpen } from '../participation/window';
import { loadRelative, relativeInScope } from './household';

/**
 * 代提意见 (家人代办): a member enters the opinion of another adult of their 户, in the same window,
 * scope, content check and limit per person as anyone's. The opinion is the relative's: with the app, their member
 * is its author, told of it, and confirms or disputes it as they would a committee entry; without
 * it, their register entry is, named from the register.
 */
export const opinionForFamily: UseCase<'participation', 'family.opinion'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const [consultation, relative] = await Promise.all([loadConsultation(ctx, input.consultationId, who), loadRelative(ctx, who, input.entryId)]);
  requireOpinionsOpen(consultation, ctx.now);
  if (!(await relativeInScope(ctx, relative, consultation.plan.scope))) throw new DomainError('OUT_OF_SCOPE', '这位家人不在本次协商的参与范围内');
  const author = relative.member ?? { _id: relative.entry._id, address: relative.entry.address };
  const { stored, places } = await ownOpinionPlaces(ctx, who.community, author, consultation, input.requestId, relative.entry.name);
  if (stored) return view(ctx, who, stored);
  if (places.ids.length === 0) throw places.full();
  const moderation = await moderationFor(ctx, input.text);
  const doc = await createOpinion(
    ctx,
    who.member,
    author,
    consultation,
    input.requestId,
    {
      stance: input.stance,
      text: input.text,
      photos: [],
      evidence: [],
      channel: 'online',
      moderation,
      // Only someone on the app can confirm or dispute it.
      ...(relative.member ? { entry: { enteredBy: who.member._id, state: 'pending' as const } } : {}),
      family: { helperId: who.member._id, entryId: relative.entry._id, ...(relative.member ? {} : { name: relative.entry.name }) },
    },
    places,
  );
  if (relative.member) await notify(ctx, enteredOnBehalf, { c: consultation, opinion: doc, helperName: who.member.name });
  return view(ctx, who, doc);
};

async function view(ctx: UseCaseContext, who: MemberInCommunity, doc: OpinionDoc) {
  const [shown] = await toOpinionViews(ctx, [doc], viewerOf(who), () => false);
  return shown;
}
