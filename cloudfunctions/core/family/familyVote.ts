import { CHOICE_LABELS, ENTRY_LABELS, FAMILY_LABEL, PROXY_REQUEST_LABELS, type FamilyVoteView, type FamilyVoterView } from '@shared';
import { shownReason } from '../access/decision';
import { mayCastForRelative, mayRequestProxy, type RelativeInVote } from '../access/family';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ElectorDoc, FamilyProxyDoc, MemberDoc } from '../docs';
import { ballotId, type VoteContext } from '../voting/loadVote';
import type { Relative } from './household';

/** Each relative's elector, 委托书 and ballot in a vote, by register entry: three reads, however many relatives. */
export async function relativesInVote(ctx: UseCaseContext, v: VoteContext, relatives: Relative[]): Promise<Map<string, RelativeInVote>> {
  const ids = relatives.map((r) => ballotId(v.voteId, r.entry._id));
  const byId = <T extends { _id: string }>(docs: T[]) => new Map(docs.map((d) => [d._id, d]));
  const [electors, requests, ballots] = ids.length
    ? await Promise.all([
        ctx.store.find<ElectorDoc>('electors', { _id: { $in: ids } }).then(byId),
        ctx.store.find<FamilyProxyDoc>('familyProxies', { _id: { $in: ids } }).then(byId),
        ctx.store.find<BallotDoc>('ballots', { _id: { $in: ids } }).then(byId),
      ])
    : [new Map(), new Map(), new Map()];
  return new Map(
    relatives.map((r, i) => [
      r.entry._id,
      { elector: electors.get(ids[i]) ?? null, request: requests.get(ids[i]) ?? null, ballot: ballots.get(ids[i]) ?? null },
    ]),
  );
}

/** A relative's ballot as the member acting for them reads it: what they chose only when they cast it and the vote is not secret. */
function ballotFor(ballot: BallotDoc, secret: boolean, me: string): FamilyVoterView['ballot'] {
  const byMe = ballot.entry?.by === 'family' && ballot.castBy === me;
  const by = byMe ? '由您代投' : ballot.entry?.by === 'family' ? '由家人代投' : ballot.channel === 'online' ? '本人已投票' : '委员会已录入';
  return {
    by,
    ...(ballot.entry?.by === 'family' ? { familyLabel: FAMILY_LABEL } : {}),
    ...(byMe && !secret && ballot.choice ? { choiceLabel: CHOICE_LABELS[ballot.choice] } : {}),
    ...(ballot.entry ? { entryLabel: ENTRY_LABELS[ballot.entry.state] } : {}),
  };
}

/** 代为表决: the vote as the caller's household members stand in it, with what the caller may do for each now. */
export async function toFamilyVoteView(ctx: UseCaseContext, v: VoteContext, relatives: Relative[], helper: MemberDoc): Promise<FamilyVoteView> {
  const inVote = await relativesInVote(ctx, v, relatives);
  return {
    consultation: { id: v.consultation._id, title: v.consultation.plan.title },
    question: v.vote.question,
    secret: v.vote.secret,
    members: relatives.map(({ entry }) => {
      const r = inVote.get(entry._id)!;
      const request = mayRequestProxy(ctx, v, r, helper._id);
      const cast = mayCastForRelative(ctx, v, r, helper._id);
      const why = cast.ok || request.ok ? undefined : shownReason(r.request ? cast : request);
      return {
        entryId: entry._id,
        name: entry.name,
        ...(r.request
          ? {
              proxy: {
                state: r.request.state,
                stateLabel: PROXY_REQUEST_LABELS[r.request.state],
                ...(r.request.reason ? { reason: r.request.reason } : {}),
              },
            }
          : {}),
        ...(r.ballot ? { ballot: ballotFor(r.ballot, v.vote.secret, helper._id) } : {}),
        can: { request: request.ok, cast: cast.ok },
        ...(why ? { why } : {}),
      };
    }),
  };
}
