import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember, type MemberInCommunity } from '../access/requireMember';
import { recordAttendance } from './attendance';
import { checkPhotos, moderationFor } from './checks';
import { createOpinion } from './createOpinion';
import { ownOpinionPlaces } from './ownOpinions';
import type { UseCaseContext } from '../context';
import type { OpinionDoc } from '../docs';
import { isInScope } from './scope';
import { toOpinionViews, viewerOf } from './views';
import { requireOpinionsOpen } from './window';

/**
 * 发表意见: a member in scope speaks online, or — having said they cannot attend — sends their
 * written opinion (书面意见) with photos of the signed paper if they have one — up to the community's
 * limit of opinions per member on one consultation.
 */
export const submitOpinion: UseCase<'participation', 'opinion.submit'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const consultation = await loadConsultation(ctx, input.consultationId, who);
  requireOpinionsOpen(consultation, ctx.now);
  if (!(await isInScope(ctx.store, who.member, consultation.plan.scope))) throw new DomainError('OUT_OF_SCOPE');
  const { stored, places } = await ownOpinionPlaces(ctx, who.community, who.member, consultation, input.requestId);
  if (stored) return view(ctx, who, stored);
  if (places.ids.length === 0) throw places.full();
  // A written opinion's photos are of the signed paper, the author's and the committee's; others' the community's.
  const readers =
    input.channel === 'written' ? { kind: 'roles' as const, roles: ['committee' as const], people: [who.member._id] } : { kind: 'community' as const };
  await checkPhotos(ctx, input.photos, { by: who.member._id, readers });
  const moderation = await moderationFor(ctx, input.text);
  const { stance, text, photos, channel } = input;
  // A written opinion's photos are of the signed paper: the signature stays with the author and the committee.
  const doc = await createOpinion(
    ctx,
    who.member,
    who.member,
    consultation,
    input.requestId,
    {
      stance,
      text,
      photos: channel === 'written' ? [] : photos,
      evidence: channel === 'written' ? photos : [],
      channel,
      moderation,
    },
    places,
  );
  // A written opinion is what someone sends who cannot come: their attendance says so too.
  if (channel === 'written') await recordAttendance(ctx, consultation, who.member, 'absent');
  return view(ctx, who, doc);
};

async function view(ctx: UseCaseContext, who: MemberInCommunity, doc: OpinionDoc) {
  const [shown] = await toOpinionViews(ctx, [doc], viewerOf(who), () => false);
  return shown;
}
