import type { Choice } from '@shared';
import type { BallotDoc, ElectorDoc } from '../../cloudfunctions/core/docs';
import type { Store } from '../../cloudfunctions/core/store/port';

/**
 * Paper ballots for these electors, as the committee would have entered them, written straight to
 * the store in batches of 1,000: a large vote's ballots without thousands of casts.
 */
export async function enterPaperBallots(store: Store, electors: ElectorDoc[], choiceOf: (i: number) => Choice, at: number): Promise<void> {
  const ballots: BallotDoc[] = electors.map((e, i) => ({
    _id: e._id,
    communityId: e.communityId,
    consultationId: e.consultationId,
    voteId: e.voteId,
    electorId: e.electorId,
    choice: choiceOf(i),
    areaHundredths: e.areaHundredths,
    channel: 'paper',
    castBy: 'm-wang',
    evidence: [],
    proxyEvidence: [],
    at,
    version: 1,
  }));
  for (let i = 0; i < ballots.length; i += 1000) await store.insertMany('ballots', ballots.slice(i, i + 1000));
}
