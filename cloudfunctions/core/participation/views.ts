import { CHANNEL_LABELS, ENTRY_LABELS, FAMILY_LABEL, maskName, MODERATION_LABELS, REPLY_LABELS, STANCE_LABELS, type OpinionView } from '@shared';
import type { UseCaseContext } from '../context';
import type { OpinionDoc } from '../docs';
import { readNamed, type Named } from '../member/named';
import type { Reader } from '../access/requireMember';
import { authorName, publicName } from '../member/views';
import type { Filter } from '../store/port';

/** Who is looking decides what they see: the committee sees all, others the public view. */
export interface Viewer extends Reader {
  isCommittee: boolean;
}

export const viewerOf = (who: Reader): Viewer => ({
  ...who,
  isCommittee: who.member.status === 'active' && who.member.role === 'committee',
});

/** What the viewer may count and list: the public sees what passed the check; the committee all but the hidden. */
export function visibleTo(committee: boolean, consultationId: string): Filter {
  return committee ? { consultationId, moderation: { $ne: 'hidden' } } : { consultationId, moderation: 'visible' };
}

/** Whom opinions name: their authors, who entered them, who answered them. */
export const namedInOpinions = (docs: OpinionDoc[]) => docs.flatMap((d) => [d.authorId, d.entry?.enteredBy, d.reply?.by, d.family?.helperId]);

/**
 * Opinions as this viewer may see them, with the names and photo URLs they need, in one read of
 * the members (none when the caller already read them with the rest of its screen) and one of the
 * URLs for the whole page.
 */
export async function toOpinionViews(
  ctx: UseCaseContext,
  docs: OpinionDoc[],
  viewer: Viewer,
  replyable: (consultationId: string) => boolean,
  named?: Named,
): Promise<OpinionView[]> {
  if (docs.length === 0) return [];
  const me = viewer.member._id;
  // The household member who entered it for a relative reads it as its author does.
  const sees = (d: OpinionDoc) => viewer.isCommittee || d.authorId === me || d.family?.helperId === me;
  const files = docs.flatMap((d) => [...d.photos, ...(sees(d) ? d.evidence : [])]);
  const [byId, urls] = await Promise.all([named ?? readNamed(ctx, namedInOpinions(docs)), ctx.files.urls(files)]);
  const kind = viewer.community.kind;
  const photos = (list: string[]) => list.map((id) => ({ id, url: urls[id] ?? '' }));

  return docs.map((d) => {
    const view: OpinionView = {
      id: d._id,
      consultationId: d.consultationId,
      authorName: nameOfAuthor(d, byId, sees(d)),
      stance: d.stance,
      stanceLabel: STANCE_LABELS[d.stance],
      channel: d.channel,
      channelLabel: CHANNEL_LABELS[d.channel],
      text: d.text,
      photos: photos(d.photos),
      createdAt: d.createdAt,
      can: {
        reply: viewer.isCommittee && d.moderation === 'visible' && replyable(d.consultationId),
        moderate: viewer.isCommittee && d.moderation === 'review',
        respondToEntry: d.authorId === me && d.entry?.state === 'pending',
      },
    };
    if (d.reply) {
      view.reply = {
        decision: d.reply.decision,
        decisionLabel: REPLY_LABELS[d.reply.decision],
        reason: d.reply.reason,
        byName: publicName(byId.get(d.reply.by), kind),
        at: d.reply.at,
      };
    }
    if (sees(d)) {
      view.moderation = d.moderation;
      view.moderationLabel = MODERATION_LABELS[d.moderation];
      view.evidence = photos(d.evidence);
    }
    if (d.entry) {
      view.entry = {
        enteredByName: publicName(byId.get(d.entry.enteredBy), kind),
        state: d.entry.state,
        stateLabel: ENTRY_LABELS[d.entry.state],
        ...(d.entry.note ? { note: d.entry.note } : {}),
      };
    }
    if (d.family) {
      const helper = byId.get(d.family.helperId);
      view.family = { label: FAMILY_LABEL, helperName: sees(d) ? authorName(helper, true) : publicName(helper, kind) };
    }
    if (viewer.isCommittee) {
      view.authorId = d.authorId;
      view.building = d.building;
    }
    return view;
  });
}

/** An opinion's author by name: a member, or a relative without the app as the register names them (家人代办). */
function nameOfAuthor(d: OpinionDoc, byId: Named, inFull: boolean): string {
  const member = byId.get(d.authorId);
  if (!member && d.family?.name) return inFull ? d.family.name : maskName(d.family.name);
  return authorName(member, inFull);
}
