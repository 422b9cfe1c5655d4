import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc, MemberDoc } from '../docs';
import { checkMember, checkReader, findCaller, type MemberInCommunity, type Reader } from '../access/requireMember';

/**
 * Whether a member may see a consultation: it belongs to their community, and drafts are the
 * committee's alone. Anything else is NOT_FOUND, so another community's ids reveal nothing.
 */
function visibleTo(doc: ConsultationDoc | null, member: MemberDoc): ConsultationDoc {
  if (!doc || doc.communityId !== member.communityId) throw new DomainError('NOT_FOUND');
  if (doc.status === 'draft' && member.role !== 'committee') throw new DomainError('NOT_FOUND');
  return doc;
}

/** A consultation the caller may see (see visibleTo). */
export async function loadConsultation(ctx: UseCaseContext, id: string, { member }: Pick<MemberInCommunity, 'member'>): Promise<ConsultationDoc> {
  return visibleTo(await ctx.store.get<ConsultationDoc>('consultations', id), member);
}

/**
 * The caller and the consultation they open, read at once. A screen of one consultation names its
 * community from the consultation itself — its name and kind are copied there when it is drafted,
 * and neither ever changes — so it needs no read of the community; a record drafted before the
 * copy was kept reads it. `need` is 'member' for an approved member (who may act), 'reader' for
 * anyone who may read (a waiting request too).
 */
export async function loadConsultationFor(ctx: UseCaseContext, id: string, need: 'member' | 'reader'): Promise<{ who: Reader; consultation: ConsultationDoc }> {
  const [caller, doc] = await Promise.all([findCaller(ctx), ctx.store.get<ConsultationDoc>('consultations', id)]);
  const member = need === 'member' ? checkMember(caller) : checkReader(caller);
  const consultation = visibleTo(doc, member);
  const community = consultation.community
    ? { _id: consultation.communityId, ...consultation.community }
    : await ctx.store.get<CommunityDoc>('communities', consultation.communityId);
  if (!community) throw new DomainError('NOT_MEMBER');
  return { who: { member, community }, consultation };
}

/** The whole community document of a reader, for the few screens that show its settings. */
export async function withCommunity(ctx: UseCaseContext, who: Reader): Promise<MemberInCommunity> {
  if ('settings' in who.community) return who as MemberInCommunity;
  const community = await ctx.store.get<CommunityDoc>('communities', who.community._id);
  if (!community) throw new DomainError('NOT_MEMBER');
  return { member: who.member, community };
}
