import { FAMILY_LABEL } from '@shared';
import type { BallotDoc, FamilyProxyDoc, OpinionDoc, ProxyDoc, RosterEntryDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, registerEntry, VISITOR, WANG, WU, XU, type World } from '../../../support/harness';
import { actorOf, ADS, CHEN, memberIdOf, openAds, parkingId, receivers, records, requestId, watch } from '../arrange';

/**
 * 家人代办: a member acts for another adult of their 户 on the register — 吴敏 for 徐军 (on the app)
 * and for 吴桂芝 (not on it), both of 2号楼1单元201 — entering their opinion, and, once the committee
 * confirmed a signed 委托书, casting their ballot, which the relative may dispute and replace.
 */
let w: World;
let parking: string;
let photo: string;
const xu = registerEntry('徐军');
const elder = registerEntry('吴桂芝');
const child = registerEntry('吴小宝');
const movedOut = registerEntry('吴建');
const slot = `${ADS}:m-wu-min`;

/** People of 吴敏's 户 who are on the register but not on the app: an elder, a child, and one who moved out. */
async function addHousehold(w: World) {
  const xuEntry = (await w.store.get<RosterEntryDoc>('roster', xu))!;
  const person = (name: string, year: number, left?: string): RosterEntryDoc => ({
    ...xuEntry,
    _id: registerEntry(name),
    name,
    householdRep: false,
    birth: { year, month: 3, day: 8 },
    memberId: undefined,
    ...(left ? { status: 'moved_out', leftOn: left } : {}),
  });
  for (const p of [person('吴桂芝', 1941), person('吴小宝', 2015), person('吴建', 1990, '2025-06-01')]) {
    delete p.memberId;
    await w.store.insert('roster', p);
  }
}

beforeAll(async () => {
  w = await openWorld();
  await addHousehold(w);
  parking = await parkingId(w);
  photo = await w.files.put(PNG);
  // The vote opens after the household is on the register: 吴桂芝 is an elector, 吴小宝 is not.
  await openAds(w);
});
afterAll(() => w.close());

const opinion = (entryId: string, rid = requestId()) => ({
  consultationId: parking,
  entryId,
  requestId: rid,
  stance: 'support' as const,
  text: '我家老人说：东侧空地划线停车很好。',
});

describe('who may help whom', () => {
  it('lists the adults of the same 户 still on the register, and whether they use the app', async () => {
    expect(await w.ok(WU, 'participation', 'family.list', {})).toEqual({
      members: [
        { entryId: elder, name: '吴桂芝', onApp: false },
        { entryId: xu, name: '徐军', onApp: true },
      ],
    });
    expect(await w.ok(CHEN, 'participation', 'family.list', {})).toEqual({ members: [] });
  });

  it.each([
    ['a neighbour of another 户', WU, registerEntry('陈静'), 'OUT_OF_SCOPE'],
    ['a child', WU, child, 'OUT_OF_SCOPE'],
    ['one who moved out', WU, movedOut, 'OUT_OF_SCOPE'],
    ['oneself', WU, registerEntry('吴敏'), 'OUT_OF_SCOPE'],
    ['someone of another community', WU, registerEntry('钱桂兰', 'demo-qingshan'), 'NOT_FOUND'],
    ['anyone, by one who is no member', VISITOR, xu, 'NOT_MEMBER'],
  ])('refuses acting for %s, writing nothing', async (_, who, entryId, code) => {
    const before = await records(w);
    expect(await w.call(who, 'participation', 'family.opinion', opinion(entryId))).toMatchObject({ ok: false, code });
    expect(await w.call(who, 'voting', 'family.requestProxy', { consultationId: ADS, entryId, evidence: [photo] })).toMatchObject({ ok: false, code });
    expect(await w.call(who, 'voting', 'family.castFor', { consultationId: ADS, entryId, choice: 'agree' })).toMatchObject({ ok: false, code });
    expect(await records(w)).toEqual(before);
  });
});

describe('an opinion for a relative on the app', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let doc: OpinionDoc;
  const rid = requestId();
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(WU, 'participation', 'family.opinion', opinion(xu, rid));
    // The phone retries: the same request id finds the first.
    await w.ok(WU, 'participation', 'family.opinion', opinion(xu, rid));
    [doc] = await w.store.find<OpinionDoc>('opinions', { consultationId: parking, authorId: await memberIdOf(w, XU) });
  });

  it('is the relative’s opinion, stored once, marked as entered by the household member and waiting for them', async () => {
    expect(await w.store.find('opinions', { requestId: rid })).toHaveLength(1);
    expect(doc).toMatchObject({
      channel: 'online',
      entry: { enteredBy: await memberIdOf(w, WU), state: 'pending' },
      family: { helperId: await memberIdOf(w, WU), entryId: xu },
    });
  });

  it('tells the relative, in words saying it was their family', async () => {
    const news = await seen.news();
    expect(receivers(news, 'onBehalf')).toEqual([await memberIdOf(w, XU)]);
    expect(news.find((n) => n.kind === 'onBehalf')!.title).toBe('您的家人吴敏代您提交了一条意见');
  });

  it('is logged as the household member’s, marked 家人代办', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({ action: 'opinion.family', entityId: doc._id, actor: await actorOf(w, WU), note: `${FAMILY_LABEL}意见` }),
    ]);
  });

  it('shows 家人代办 in 我的意见 of the relative, who may confirm or dispute it, and masked to neighbours', async () => {
    const mine = await w.ok(XU, 'participation', 'opinion.mine', {});
    expect(doc.family!.name).toBeUndefined();
    expect(mine.opinions.find((o) => o.id === doc._id)).toMatchObject({
      authorName: '徐军',
      family: { label: FAMILY_LABEL, helperName: '吴敏' },
      can: { respondToEntry: true },
    });
    const listed = await w.ok(CHEN, 'participation', 'opinion.list', { consultationId: parking });
    expect(listed.opinions.find((o) => o.id === doc._id)).toMatchObject({ authorName: '徐*', family: { label: FAMILY_LABEL, helperName: '居民 吴*' } });
    const queue = await w.ok(WANG, 'participation', 'opinion.queue', {});
    expect(queue.opinions.find((o) => o.id === doc._id)).toMatchObject({ family: { label: FAMILY_LABEL } });
  });

  it('may be disputed by the relative as a committee entry may', async () => {
    const view = await w.ok(XU, 'participation', 'opinion.respondToEntry', { opinionId: doc._id, verdict: 'dispute', note: '不是我的原话' });
    expect(view).toMatchObject({ entry: { state: 'disputed' }, family: { label: FAMILY_LABEL } });
  });
});

describe('the limit of opinions per person', () => {
  it('counts what the household entered for a relative as the relative’s own', async () => {
    await w.store.update('communities', { _id: 'demo-xingfuli' }, { set: { 'settings.limits': { opinionsPerConsultation: 2, suggestionsPerDay: 5 } } });
    // 徐军 has the one 吴敏 entered for him; his own is the second.
    await w.ok(XU, 'participation', 'opinion.submit', {
      consultationId: parking,
      requestId: requestId(),
      stance: 'neutral',
      text: '我自己再补充一句。',
      photos: [],
      channel: 'online',
    });
    const before = await records(w);
    expect(await w.call(WU, 'participation', 'family.opinion', opinion(xu))).toMatchObject({
      ok: false,
      code: 'LIMIT_REACHED',
      message: '每人对一个议题最多发表2条意见，徐军已发表2条',
    });
    expect(await records(w)).toEqual(before);
    await w.store.update('communities', { _id: 'demo-xingfuli' }, { unset: ['settings.limits'] });
  });
});

describe('an opinion for a relative without the app', () => {
  let doc: OpinionDoc;
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    const view = await w.ok(WU, 'participation', 'family.opinion', opinion(elder));
    doc = (await w.store.get<OpinionDoc>('opinions', view.id))!;
  });

  it('has the register entry for its author, named from the register, with no confirmation to wait for', async () => {
    expect(doc).toMatchObject({ authorId: elder, family: { entryId: elder, name: '吴桂芝' } });
    expect(doc.entry).toBeUndefined();
    expect((await seen.news()).filter((n) => n.kind === 'onBehalf')).toEqual([]);
  });

  it('names the relative in full to the household member and the committee, masked to others', async () => {
    const listed = (who: string) =>
      w.ok(who, 'participation', 'opinion.list', { consultationId: parking }).then((l) => l.opinions.find((o) => o.id === doc._id));
    expect(await listed(WU)).toMatchObject({ authorName: '吴桂芝', family: { label: FAMILY_LABEL, helperName: '吴敏' } });
    expect(await listed(WANG)).toMatchObject({ authorName: '吴桂芝' });
    expect(await listed(CHEN)).toMatchObject({ authorName: '吴*芝', family: { label: FAMILY_LABEL, helperName: '居民 吴*' } });
  });

  it('can be answered by the committee like any opinion', async () => {
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: doc._id, decision: 'adopted', reason: '采纳' });
    expect(await w.store.get<OpinionDoc>('opinions', doc._id)).toMatchObject({ answered: true });
  });
});

describe('a ballot for a relative', () => {
  const request = (entryId = xu) => w.call(WU, 'voting', 'family.requestProxy', { consultationId: ADS, entryId, evidence: [photo] });
  const castFor = (entryId = xu, choice: 'agree' | 'disagree' = 'agree') => w.call(WU, 'voting', 'family.castFor', { consultationId: ADS, entryId, choice });
  const decide = (electorId: string, verdict: 'confirm' | 'refuse', reason?: string) =>
    w.ok(WANG, 'voting', 'family.confirmProxy', { consultationId: ADS, electorId, verdict, ...(reason ? { reason } : {}) });
  const tally = async () => (await w.store.get<TallyDoc>('tallies', ADS))!.counters;

  it('is refused before a 委托书 is sent, and while it waits, writing no ballot', async () => {
    expect(await castFor()).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '请先上传这位家人签字的委托书' });
    expect(await request()).toMatchObject({ ok: true });
    expect(await w.store.get<FamilyProxyDoc>('familyProxies', `${ADS}:${xu}`)).toMatchObject({
      state: 'pending',
      helperId: await memberIdOf(w, WU),
      evidence: [photo],
    });
    expect(await castFor()).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '委托书正在等待委员会确认' });
    expect(await w.store.find('ballots', { consultationId: ADS })).toEqual([]);
    expect(await w.store.find('audit', { entityId: `${ADS}:${xu}:proxy` })).toEqual([
      expect.objectContaining({ action: 'ballot.familyProxy', actor: await actorOf(w, WU), after: { status: 'proxy:pending', version: 1 } }),
    ]);
  });

  it('puts the 委托书 in front of the committee, and is refused after the committee refuses it', async () => {
    const pending = await w.ok(WANG, 'voting', 'family.proxyRequests', { consultationId: ADS });
    expect(pending.pending).toEqual([
      expect.objectContaining({
        electorId: xu,
        electorLabel: expect.stringContaining('徐军'),
        helperName: expect.stringContaining('吴敏'),
        familyLabel: FAMILY_LABEL,
      }),
    ]);
    expect(pending.pending[0].evidence).toEqual([expect.objectContaining({ id: photo })]);
    expect(await w.call(WU, 'voting', 'family.confirmProxy', { consultationId: ADS, electorId: xu, verdict: 'confirm' })).toMatchObject({ code: 'FORBIDDEN' });
    const seen = await watch(w);
    expect((await decide(xu, 'refuse', '委托书没有签名')).pending).toEqual([]);
    const news = await seen.news();
    expect(receivers(news, 'familyProxy')).toEqual([await memberIdOf(w, WU)]);
    expect(news.find((n) => n.kind === 'familyProxy')!.title).toBe('徐军的委托书被退回');
    expect(await castFor()).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '委员会退回了委托书：委托书没有签名' });
    const view = await w.ok(WU, 'voting', 'family.vote', { consultationId: ADS });
    expect(view.members.find((m) => m.entryId === xu)).toMatchObject({
      proxy: { state: 'refused', reason: '委托书没有签名' },
      can: { request: true, cast: false },
    });
  });

  describe('once the committee confirmed a new 委托书', () => {
    let seen: Awaited<ReturnType<typeof watch>>;
    beforeAll(async () => {
      expect(await request()).toMatchObject({ ok: true });
      await decide(xu, 'confirm');
      seen = await watch(w);
      expect(await castFor()).toMatchObject({ ok: true });
      // A retry of the same cast changes nothing.
      expect(await castFor()).toMatchObject({ ok: true });
    });

    it('casts a proxy ballot for the relative with the 委托书, waiting for them, counted once, in the helper’s proxy slot', async () => {
      const wu = await memberIdOf(w, WU);
      expect(await w.store.get<BallotDoc>('ballots', `${ADS}:${xu}`)).toMatchObject({
        channel: 'proxy',
        choice: 'agree',
        castBy: wu,
        proxyMemberId: wu,
        proxyEvidence: [photo],
        entry: { state: 'pending', by: 'family' },
      });
      expect(await tally()).toMatchObject({ agree: 1, disagree: 0 });
      expect(await w.store.get<ProxyDoc>('proxies', slot)).toMatchObject({ count: 1 });
    });

    it('shows 家人代办 on the helper’s screen with the choice (the vote is not secret), in the committee’s list of electors, and in the audit', async () => {
      const view = await w.ok(WU, 'voting', 'family.vote', { consultationId: ADS });
      expect(view.members.find((m) => m.entryId === xu)).toMatchObject({
        ballot: { by: '由您代投', familyLabel: FAMILY_LABEL, choiceLabel: '同意', entryLabel: '待本人确认' },
        can: { request: false, cast: false },
      });
      // Were the vote secret, not even the helper's own screen would say what was chosen.
      await w.store.update('consultations', { _id: ADS }, { set: { 'plan.vote.secret': true } });
      const secret = await w.ok(WU, 'voting', 'family.vote', { consultationId: ADS });
      await w.store.update('consultations', { _id: ADS }, { set: { 'plan.vote.secret': false } });
      expect(secret.members.find((m) => m.entryId === xu)!.ballot).toEqual({ by: '由您代投', familyLabel: FAMILY_LABEL, entryLabel: '待本人确认' });
      const listed = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, electorId: xu });
      expect(listed.electors).toEqual([expect.objectContaining({ voted: true, familyLabel: FAMILY_LABEL })]);
      expect(await seen.audit()).toEqual([
        expect.objectContaining({ action: 'ballot.family', actor: await actorOf(w, WU), note: expect.stringContaining(FAMILY_LABEL) }),
      ]);
    });

    it('tells the relative, whose vote page shows 家人代办 and who cannot simply cast over it', async () => {
      const news = await seen.news();
      expect(receivers(news, 'onBehalf')).toEqual([await memberIdOf(w, XU)]);
      expect(news.find((n) => n.kind === 'onBehalf')!.title).toBe('您的家人吴敏代您投了票');
      const view = await w.ok(XU, 'voting', 'vote.get', { consultationId: ADS });
      expect(view.me).toMatchObject({
        canRespond: true,
        canCast: false,
        ballot: { family: { label: FAMILY_LABEL, helperName: '吴敏' }, entry: { state: 'pending' } },
      });
      expect(await w.call(XU, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    });

    it('keeps to the proxy limit, counting the committee’s proxy entries and the family’s alike', async () => {
      await w.store.update('communities', { _id: 'demo-xingfuli' }, { set: { 'settings.proxyLimit': 2 } });
      // 吴敏 also holds 陈静's written 委托, entered by the committee: the second of two slots.
      await w.ok(WANG, 'voting', 'ballot.enterPaper', {
        consultationId: ADS,
        electorId: registerEntry('陈静'),
        choice: 'abstain',
        channel: 'proxy',
        evidence: [photo],
        proxyMemberId: await memberIdOf(w, WU),
        proxyEvidence: [photo],
      });
      expect(await request(elder)).toMatchObject({ ok: true });
      await decide(elder, 'confirm');
      const before = await tally();
      expect(await castFor(elder)).toMatchObject({ ok: false, code: 'CONFLICT', message: '每位受托人在本次表决中最多代理 2 位选民' });
      expect(await w.store.get('ballots', `${ADS}:${elder}`)).toBeNull();
      expect(await tally()).toEqual(before);
      expect(await w.store.get<ProxyDoc>('proxies', slot)).toMatchObject({ count: 2 });
    });

    describe('the relative disputes it and casts their own', () => {
      beforeAll(async () => {
        const disputed = await w.ok(XU, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '我要自己投' });
        expect(disputed.me).toMatchObject({ canCast: true, ballot: { family: { label: FAMILY_LABEL }, entry: { state: 'disputed' } } });
        await w.ok(XU, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
      });

      it('counts the relative’s own choice instead, once', async () => {
        expect(await w.store.get<BallotDoc>('ballots', `${ADS}:${xu}`)).toMatchObject({
          channel: 'online',
          choice: 'disagree',
          castBy: await memberIdOf(w, XU),
        });
        expect((await w.store.get<BallotDoc>('ballots', `${ADS}:${xu}`))!.entry).toBeUndefined();
        expect(await tally()).toMatchObject({ agree: 0, disagree: 1 });
        const view = await w.ok(XU, 'voting', 'vote.get', { consultationId: ADS });
        expect(view.me.ballot).toMatchObject({ channel: 'online', choiceLabel: '反对' });
        expect(view.me.ballot!.family).toBeUndefined();
      });

      it('frees the household member’s proxy slot, so they may act for another within the limit', async () => {
        expect(await w.store.get<ProxyDoc>('proxies', slot)).toMatchObject({ count: 1 });
        expect(await castFor(elder, 'disagree')).toMatchObject({ ok: true });
        expect(await w.store.get<ProxyDoc>('proxies', slot)).toMatchObject({ count: 2 });
        expect(await tally()).toMatchObject({ agree: 0, disagree: 2 });
        const view = await w.ok(WU, 'voting', 'family.vote', { consultationId: ADS });
        expect(view.members.find((m) => m.entryId === xu)).toMatchObject({ ballot: { by: '本人已投票' } });
      });
    });
  });
});
