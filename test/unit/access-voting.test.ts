import { PRIOR_STEPS_BY_KIND, VOTE_CLOSE_GRACE_MS } from '@shared';
import {
  mayCast,
  mayCloseVote,
  mayEnterPaper,
  mayListElectors,
  mayManageVote,
  mayOpenRound,
  mayPreviewElectorate,
  mayReadParticipation,
} from '../../cloudfunctions/core/access/voting';
import { enforce } from '../../cloudfunctions/core/access/decision';
import type { BallotDoc, ElectorDoc, MemberDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import type { VoteContext } from '../../cloudfunctions/core/voting/loadVote';

const OPENS = 1_000;
const CLOSES = 2_000;
const me = { _id: 'm-me', status: 'active' } as Pick<MemberDoc, '_id' | 'status'>;
const elector = { electorId: 'e1', voters: ['m-me'], label: '我' } as unknown as ElectorDoc;
const ballot = (b: Partial<BallotDoc>) => ({ channel: 'online', castBy: 'm-me', choice: 'agree', ...b }) as BallotDoc;

function vote(over: { tally?: Partial<TallyDoc> | null; elector?: ElectorDoc | null; ballot?: BallotDoc | null; scope?: string } = {}): VoteContext {
  return {
    consultation: {},
    voteId: 'c1',
    vote: { opensAt: OPENS, closesAt: CLOSES, scope: { kind: over.scope ?? 'residents' } },
    tally: over.tally === null ? null : ({ status: 'open', ...over.tally } as TallyDoc),
    elector: over.elector === undefined ? elector : over.elector,
    ballot: over.ballot ?? null,
  } as unknown as VoteContext;
}
const at = (now: number) => ({ now });

describe('mayCast', () => {
  it('lets an elector of an open vote cast, and change their own ballot, or replace an entry they disputed', () => {
    expect(mayCast(at(OPENS), vote(), me)).toEqual({ ok: true });
    expect(mayCast(at(OPENS), vote({ ballot: ballot({}) }), me)).toEqual({ ok: true });
    const disputed = ballot({ channel: 'paper', castBy: 'm-committee', entry: { state: 'disputed' } as BallotDoc['entry'] });
    expect(mayCast(at(OPENS), vote({ ballot: disputed }), me)).toEqual({ ok: true });
  });

  it('refuses before the vote opens: no tally, the electorate still being written, or before the opening time', () => {
    const early = { ok: false, code: 'TOO_EARLY', message: '表决尚未开始' };
    expect(mayCast(at(OPENS), vote({ tally: null }), me)).toEqual(early);
    expect(mayCast(at(OPENS), vote({ tally: { status: 'preparing' } }), me)).toEqual(early);
    expect(mayCast(at(OPENS - 1), vote(), me)).toEqual(early);
  });

  it('refuses at and after the close time, and once counting has begun', () => {
    const past = { ok: false, code: 'DEADLINE_PASSED', message: '表决已经截止' };
    expect(mayCast(at(CLOSES), vote(), me)).toEqual(past);
    expect(mayCast(at(OPENS), vote({ tally: { status: 'counting' } }), me)).toEqual(past);
    expect(mayCast(at(OPENS), vote({ tally: { status: 'sealed' } }), me)).toEqual(past);
    // A sealed secret ballot keeps no choice: nothing to change.
    expect(mayCast(at(OPENS), vote({ ballot: ballot({ choice: undefined }) }), me)).toEqual(past);
  });

  it('refuses one outside the electorate, telling an owner why', () => {
    expect(mayCast(at(OPENS), vote({ elector: null }), me)).toEqual({ ok: false, code: 'OUT_OF_SCOPE', message: '您不在本次表决的选民名单中' });
    expect(mayCast(at(OPENS), vote({ elector: null, scope: 'owners' }), me)).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
      message: '您不在本次表决的选民名单中',
      shown: expect.stringContaining('共有房屋由指定的共有人'),
    });
  });

  it('refuses over a paper or proxy ballot the elector has not disputed', () => {
    for (const state of [undefined, 'pending', 'confirmed'] as const) {
      const entered = ballot({ channel: 'proxy', castBy: 'm-committee', ...(state ? { entry: { state } as BallotDoc['entry'] } : {}) });
      expect(mayCast(at(OPENS), vote({ ballot: entered }), me)).toEqual({
        ok: false,
        code: 'CONFLICT',
        message: '委员会已为您录入纸质或委托选票；如有异议，请在表决页面提出',
        shown: '委员会已为您录入纸质或委托选票',
      });
    }
  });

  it('refuses a household member over the ballot another of the household cast', () => {
    expect(mayCast(at(OPENS), vote({ ballot: ballot({ castBy: 'm-spouse' }) }), me)).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '您家的这一票已由家人投出，只能由投票人本人修改',
      shown: '您家的这一票已由家人投出',
    });
  });

  it('refuses one who is not an approved member, last, so that the screen still says why no one can vote yet', () => {
    const waiting = { _id: 'm-me', status: 'pending' } as Pick<MemberDoc, '_id' | 'status'>;
    expect(mayCast(at(OPENS), vote(), waiting)).toEqual({ ok: false, code: 'NOT_MEMBER' });
    expect(mayCast(at(OPENS - 1), vote(), waiting)).toMatchObject({ code: 'TOO_EARLY' });
  });

  it('is thrown by enforce as the DomainError the caller sees', () => {
    expect(() => enforce(mayCast(at(CLOSES), vote(), me))).toThrow(expect.objectContaining({ code: 'DEADLINE_PASSED', message: '表决已经截止' }));
    expect(() => enforce(mayCast(at(OPENS), vote(), me))).not.toThrow();
  });
});

describe('mayManageVote', () => {
  it('lets an active committee member run the vote', () => {
    expect(mayManageVote({ status: 'active', role: 'committee' })).toEqual({ ok: true });
  });
  it('refuses every other role, and anyone not an approved member', () => {
    for (const role of ['resident', 'representative', 'supervisor'] as const)
      expect(mayManageVote({ status: 'active', role })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayManageVote({ status: 'pending', role: 'committee' })).toEqual({ ok: false, code: 'NOT_MEMBER' });
    expect(mayManageVote({ status: 'removed', role: 'committee' })).toEqual({ ok: false, code: 'NOT_MEMBER' });
  });
});

describe('mayOpenRound and mayCloseVote', () => {
  const plan = { vote: { opensAt: OPENS, closesAt: CLOSES, rule: 'residents_meeting', scope: { kind: 'residents' } } };
  const consultation = (status: string, priorSteps: object[] = []) => ({ _id: 'c1', status, plan, priorSteps }) as unknown as VoteContext['consultation'];
  const tally = (status: TallyDoc['status']) => ({ status }) as TallyDoc;
  const DONE = PRIOR_STEPS_BY_KIND.community.map((step) => ({ step }));

  it('opens an unopened round, or goes on with one being prepared, within its window, for the committee and the scheduler', () => {
    for (const actor of ['committee', 'system'] as const) {
      expect(mayOpenRound(at(OPENS), consultation('consulting', DONE), null, actor)).toEqual({ ok: true });
      expect(mayOpenRound(at(OPENS), consultation('consulting', DONE), tally('preparing'), actor)).toEqual({ ok: true });
    }
  });

  it('refuses a 居民会议 vote whose prior discussion (前置研究) is not on record', () => {
    expect(mayOpenRound(at(OPENS), consultation('consulting'), null, 'committee')).toMatchObject({ ok: false, code: 'PRIOR_DISCUSSION_MISSING' });
  });

  it('refuses a round already counted, before its window, after it, and to any role but the committee', () => {
    const c = consultation('consulting', DONE);
    expect(mayOpenRound(at(OPENS), c, tally('sealed'), 'committee')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(mayOpenRound(at(OPENS - 1), c, null, 'committee')).toMatchObject({ ok: false, code: 'TOO_EARLY', message: '还没到表决开始时间' });
    expect(mayOpenRound(at(CLOSES), c, null, 'committee')).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(mayOpenRound(at(OPENS), c, null, 'resident')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayOpenRound(at(OPENS), consultation('announced', DONE), null, 'committee')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });

  it('closes a vote after its close time and grace, for the committee alone', () => {
    const v = { ...vote(), consultation: consultation('voting') } as VoteContext;
    const committee = { status: 'active', role: 'committee' } as const;
    expect(mayCloseVote(at(CLOSES + VOTE_CLOSE_GRACE_MS), v, committee)).toEqual({ ok: true });
    expect(mayCloseVote(at(CLOSES), v, committee)).toEqual({ ok: false, code: 'TOO_EARLY', message: '表决截止时间过后才能关闭表决' });
    expect(mayCloseVote(at(CLOSES + VOTE_CLOSE_GRACE_MS), v, { status: 'active', role: 'resident' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayCloseVote(at(CLOSES + VOTE_CLOSE_GRACE_MS), { ...v, consultation: consultation('deliberated') }, committee)).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
  });
});

describe('mayEnterPaper', () => {
  const committee = { status: 'active', role: 'committee' } as const;
  it('lets the committee enter ballots while the vote is open, until its close time', () => {
    expect(mayEnterPaper(at(CLOSES - 1), vote(), committee)).toEqual({ ok: true });
  });
  it('refuses when the vote is not open, or past its close time', () => {
    const closed = { ok: false, code: 'DEADLINE_PASSED', message: '表决未在进行中' };
    expect(mayEnterPaper(at(OPENS), vote({ tally: null }), committee)).toEqual(closed);
    expect(mayEnterPaper(at(OPENS), vote({ tally: { status: 'preparing' } }), committee)).toEqual(closed);
    expect(mayEnterPaper(at(OPENS), vote({ tally: { status: 'counting' } }), committee)).toEqual(closed);
    expect(mayEnterPaper(at(CLOSES), vote(), committee)).toEqual(closed);
  });
  it('refuses anyone but the committee', () => {
    expect(mayEnterPaper(at(OPENS), vote(), { status: 'active', role: 'resident' })).toEqual({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the committee’s views of the electorate: preview, electors, who has not voted', () => {
  const committee = { status: 'active', role: 'committee' } as const;
  const resident = { status: 'active', role: 'resident' } as const;
  const secret = (v: VoteContext) => ({ ...v, vote: { ...v.vote, secret: true } }) as VoteContext;

  it('previews the register’s electorate only before the vote opens, and only for the committee', () => {
    expect(mayPreviewElectorate(vote({ tally: null }), committee)).toEqual({ ok: true });
    expect(mayPreviewElectorate(vote({ tally: { status: 'preparing' } }), committee)).toEqual({
      ok: false,
      code: 'WRONG_STATE',
      message: '表决已经开始，选民名单已确定',
    });
    expect(mayPreviewElectorate(vote({ tally: null }), resident)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('lists electors once the electorate is all written, never while it is being written', () => {
    const notYet = { ok: false, code: 'WRONG_STATE', message: '表决尚未开始' };
    expect(mayListElectors(vote({ tally: null }), committee)).toEqual(notYet);
    expect(mayListElectors(vote({ tally: { status: 'preparing' } }), committee)).toEqual(notYet);
    for (const status of ['open', 'counting', 'sealed'] as const) expect(mayListElectors(vote({ tally: { status } }), committee)).toEqual({ ok: true });
    expect(mayListElectors(vote(), resident)).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('shows who has not voted as the electors’ list does, but never in a secret vote', () => {
    expect(mayReadParticipation(vote(), committee)).toEqual({ ok: true });
    expect(mayReadParticipation(secret(vote()), committee)).toEqual({ ok: false, code: 'FORBIDDEN', message: '无记名表决不公开谁已投票' });
    expect(mayReadParticipation(vote({ tally: { status: 'preparing' } }), committee)).toMatchObject({ code: 'WRONG_STATE' });
  });
});
