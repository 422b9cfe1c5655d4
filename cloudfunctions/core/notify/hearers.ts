import type { Scope } from '@shared';
import type {
  AnnouncementDoc,
  Audience,
  AttendanceDoc,
  BallotDoc,
  CosignDoc,
  ElectorDoc,
  FollowDoc,
  MemberDoc,
  ObjectionDoc,
  OpinionDoc,
  UnitDoc,
} from '../docs';
import { findIn } from '../batches';
import { inPeopleScope, ownHomeOf, unitsCoveredBy } from '../participation/scope';
import type { Store } from '../store/port';
import { ballotId } from '../voting/loadVote';

/**
 * Who hears an announcement, decided from facts as they are when it is read: by a member opening
 * 我的 → 消息 (one member, many announcements) or by the push job (a chunk of members, one
 * announcement). Either way the facts are read in a handful of batched queries, never one per
 * member or per announcement, and `hears` is the one rule both use.
 */
export interface Facts {
  units: Map<string, UnitDoc>;
  unitsOfOwner: Map<string, UnitDoc[]>;
  /** `<consultation>:<member>` for everyone who applied, sent their apologies or gave an opinion. */
  responded: Set<string>;
  /** `<consultation>:<member>` for online ballots cast by the member (for themselves or as a proxy). */
  castBy: Set<string>;
  followed: Set<string>;
  objected: Set<string>;
  /** The electors each member votes for, by `<vote>:<member>`, with whether a ballot is in for each. */
  voterOf: Map<string, { electorId: string; voted: boolean }[]>;
  /** `<consultation>:<member>` for members whose elector voted in any round of the consultation. */
  electorVoted: Set<string>;
  /** `<suggestion>:<member>` for members who co-sign the suggestion. */
  cosigned: Set<string>;
}

const pair = (a: string, b: string) => `${a}:${b}`;

const scopesOf = (a: Audience): Scope[] => (a.kind === 'scope' ? a.scopes : a.kind === 'notResponded' || a.kind === 'notObjected' ? [a.scope] : []);

/** Reads what `hears` needs to decide these announcements for these members, and nothing else. */
export async function factsFor(store: Store, announcements: AnnouncementDoc[], members: MemberDoc[]): Promise<Facts> {
  const ids = members.map((m) => m._id);
  const consultations = (kinds: Audience['kind'][]) => [
    ...new Set(announcements.filter((a) => kinds.includes(a.audience.kind) && a.consultationId).map((a) => a.consultationId!)),
  ];
  const owners = announcements.some((a) => scopesOf(a.audience).some((s) => s.kind === 'owners'));
  const responders = consultations(['notResponded', 'participants']);
  const voting = consultations(['electorate', 'notVoted', 'participants']);
  const participating = consultations(['participants']);
  const objecting = consultations(['notObjected']);
  const backed = [...new Set(announcements.flatMap((a) => (a.audience.kind === 'backers' ? [a.audience.suggestionId] : [])))];
  const none = Promise.resolve([]);
  const [homes, owned, attendance, opinions, ballotsCast, follows, objections, electors, cosigns] = await Promise.all([
    owners
      ? findIn<UnitDoc>(
          store,
          'units',
          '_id',
          members.flatMap((m) => ownHomeOf(m) ?? []),
        )
      : none,
    owners
      ? findIn<UnitDoc>(
          store,
          'units',
          'ownerId',
          members.flatMap((m) => m.ownerId ?? []),
        )
      : none,
    responders.length ? store.find<AttendanceDoc>('attendance', { consultationId: { $in: responders }, memberId: { $in: ids } }) : none,
    responders.length ? store.find<OpinionDoc>('opinions', { consultationId: { $in: responders }, authorId: { $in: ids } }) : none,
    participating.length ? store.find<BallotDoc>('ballots', { consultationId: { $in: participating }, castBy: { $in: ids } }) : none,
    participating.length ? store.find<FollowDoc>('follows', { consultationId: { $in: participating }, memberId: { $in: ids } }) : none,
    objecting.length ? store.find<ObjectionDoc>('objections', { consultationId: { $in: objecting }, authorId: { $in: ids } }) : none,
    voting.length ? store.find<ElectorDoc>('electors', { consultationId: { $in: voting }, voters: { $in: ids } }) : none,
    backed.length ? store.find<CosignDoc>('cosigns', { suggestionId: { $in: backed }, memberId: { $in: ids } }) : none,
  ]);
  const ballots = new Set(
    (
      await findIn<BallotDoc>(
        store,
        'ballots',
        '_id',
        electors.map((e) => ballotId(e.voteId, e.electorId)),
      )
    ).map((b) => b._id),
  );
  const facts: Facts = {
    units: new Map(homes.map((u) => [u._id, u])),
    unitsOfOwner: new Map(),
    responded: new Set([...attendance.map((a) => pair(a.consultationId, a.memberId)), ...opinions.map((o) => pair(o.consultationId, o.authorId))]),
    castBy: new Set(ballotsCast.filter((b) => b.channel === 'online').map((b) => pair(b.consultationId, b.castBy))),
    followed: new Set(follows.map((f) => pair(f.consultationId, f.memberId))),
    objected: new Set(objections.map((o) => pair(o.consultationId, o.authorId))),
    voterOf: new Map(),
    electorVoted: new Set(),
    cosigned: new Set(cosigns.map((c) => pair(c.suggestionId, c.memberId))),
  };
  for (const u of owned) facts.unitsOfOwner.set(u.ownerId!, [...(facts.unitsOfOwner.get(u.ownerId!) ?? []), u]);
  for (const e of electors) {
    const voted = ballots.has(ballotId(e.voteId, e.electorId));
    for (const v of e.voters) {
      facts.voterOf.set(pair(e.voteId, v), [...(facts.voterOf.get(pair(e.voteId, v)) ?? []), { electorId: e.electorId, voted }]);
      if (voted) facts.electorVoted.add(pair(e.consultationId, v));
    }
  }
  return facts;
}

/** Whether a member is in a scope, the same test `isInScope` makes, from facts already read. */
function inScope(m: MemberDoc, scope: Scope, facts: Facts): boolean {
  if (scope.kind !== 'owners') return inPeopleScope(m, scope);
  const covered = unitsCoveredBy(scope);
  const home = ownHomeOf(m);
  const unit = home ? facts.units.get(home) : undefined;
  if (unit && covered(unit)) return true;
  return m.ownerId !== undefined && (facts.unitsOfOwner.get(m.ownerId) ?? []).some(covered);
}

/** The rule: whether this member hears this announcement. */
export function hears(a: AnnouncementDoc, m: MemberDoc, facts: Facts): boolean {
  // News from before one joined is not theirs: a newcomer's 消息 starts empty.
  if (m.status !== 'active' || m.communityId !== a.communityId || a.at < (m.joinedAt ?? 0)) return false;
  const c = a.consultationId ?? '';
  const audience = a.audience;
  switch (audience.kind) {
    case 'scope':
      return audience.scopes.some((s) => inScope(m, s, facts));
    case 'electorate':
      return facts.voterOf.has(pair(audience.voteId, m._id));
    case 'notVoted':
      return (facts.voterOf.get(pair(audience.voteId, m._id)) ?? []).some((e) => !e.voted);
    case 'notResponded':
      return inScope(m, audience.scope, facts) && !facts.responded.has(pair(c, m._id));
    case 'notObjected':
      return inScope(m, audience.scope, facts) && !facts.objected.has(pair(c, m._id));
    case 'participants':
      return [facts.responded, facts.castBy, facts.electorVoted, facts.followed].some((s) => s.has(pair(c, m._id)));
    case 'backers':
      return audience.authorId === m._id || facts.cosigned.has(pair(audience.suggestionId, m._id));
  }
}
