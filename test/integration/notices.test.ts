import jsQR from 'jsqr';
import { PNG as PngImage } from 'pngjs';
import { DAY_MS, type Scope } from '@shared';
import type { ConsultationDoc, GrantDoc, MemberDoc, NotificationDoc } from '../../cloudfunctions/core/docs';
import type { LocalMessageDoc } from '../../cloudfunctions/core/notify/localMessenger';
import type { Messenger, OutgoingMessage, SendResult } from '../../cloudfunctions/core/ports/messenger';
import { isInScope } from '../../cloudfunctions/core/participation/scope';
import { pushAnnouncements } from '../../cloudfunctions/core/scheduler/pushAnnouncements';
import { completePlan, LIN, LI, NOW, openWorld, PNG, VISITOR, WANG, ZHANG, type World } from '../support/harness';
import { toldOf } from '../support/news';

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const HAPPY = 'demo-xingfuli';
/** The seeded 广告招租 consultation: consulting, with a 居民会议 vote of all residents. */
const ADS = 'c-seed-ads';
const HOUR = 3_600_000;

let w: World;
afterEach(() => w.close());

let requestNo = 0;
const req = () => `req-notice-${String(++requestNo).padStart(4, '0')}`;
const doc = async (id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;
const memberOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0];
const idOf = async (openid: string) => (await memberOf(openid))._id;
const outbox = (filter: Record<string, string> = {}) => w.store.find<NotificationDoc>('notifications', filter);
const recipients = async (filter: Record<string, string>) => (await outbox(filter)).map((n) => n.memberId).sort();
const told = (kind: Parameters<typeof toldOf>[2], consultationId?: string) => toldOf(w, HAPPY, kind, { consultationId });
const fail = (e: unknown) => {
  throw e;
};

async function publish(scope: Scope = { kind: 'residents' }) {
  const saved = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: { ...completePlan(), scope } });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: saved.version });
  return saved.id;
}

/** The member accepts these templates in WeChat's prompt (the demo ids are `demo-<key>`). */
const subscribe = (openid: string, ...keys: string[]) => w.ok(openid, 'account', 'subscription.grant', { templateIds: keys.map((k) => `demo-${k}`) });

/** A messenger that answers from a script per openid and records every call; each send takes a little while. */
function scriptedMessenger(script: Record<string, SendResult[]> = {}) {
  const calls: OutgoingMessage[] = [];
  const messenger: Messenger = {
    async send(m) {
      calls.push(m);
      await new Promise((r) => setTimeout(r, 5));
      return script[m.touser]?.shift() ?? { ok: true };
    },
  };
  return { messenger, calls };
}

describe('the outbox', () => {
  it('tells exactly the members in a notice’s scope in 消息, and queues a message only for those of them holding a grant', async () => {
    w = await openWorld();
    const members = await w.store.find<MemberDoc>('members', { communityId: HAPPY });
    for (const m of members) await subscribe(m.openid, 'notice');
    await w.store.update('grants', { memberId: await idOf(CHEN) }, { set: { remaining: 0 } });
    const id = await publish({ kind: 'owners', buildings: ['2号楼'] });
    const c = await doc(id);
    const expected: string[] = [];
    for (const m of members) if (await isInScope(w.store, m, c.plan.scope)) expected.push(m._id);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(members.filter((m) => m.status === 'active').length);
    expect(expected).toContain(await idOf(CHEN));
    // One announcement, whatever the audience; no feed copies.
    expect(await w.store.count('announcements', { consultationId: id })).toBe(1);
    expect(await w.store.count('feed', { consultationId: id })).toBe(0);
    expect(await told('notice', id)).toEqual(expected.sort());
    expect((await w.ok(LIN, 'account', 'feed.list', {})).items).toEqual([]); // still pending
    await pushAnnouncements({ ...w.services, now: NOW }, fail);
    // 陈静 used her grant up: she has the notice in 消息 and nothing is queued for her.
    const chen = await idOf(CHEN);
    expect(await recipients({ consultationId: id, kind: 'notice' })).toEqual(expected.filter((m) => m !== chen).sort());
  });

  it('tells each member the news that concerns them: approval, a confirmed place, a reply, an entry made for them, an opened vote', async () => {
    w = await openWorld();
    const lin = await memberOf(LIN);
    await w.ok(WANG, 'member', 'member.approve', { memberId: lin._id });
    const id = await publish();
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' });
    await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: id, memberId: await idOf(ZHANG) });
    const opinion = await w.ok(CHEN, 'participation', 'opinion.submit', {
      consultationId: id,
      requestId: req(),
      stance: 'support',
      text: '同意。',
      photos: [],
      channel: 'online',
    });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: opinion.id, decision: 'adopted', reason: '' });
    const evidence = [await w.files.put(PNG)];
    await w.ok(WANG, 'participation', 'opinion.recordOnBehalf', {
      consultationId: id,
      requestId: req(),
      memberId: await idOf(LIU),
      channel: 'written',
      stance: 'oppose',
      text: '反对。',
      evidence,
    });
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });

    // Besides the seeded consultations' notices, which everyone in them got too.
    const kindsOf = async (openid: string) =>
      (await w.ok(openid, 'account', 'feed.list', {})).items
        .filter((i) => i.kind !== 'notice' || i.consultationId === id)
        .map((i) => i.kind)
        .sort();
    expect(await kindsOf(LIN)).toEqual(['approved', 'notice', 'voteOpened']);
    expect(await kindsOf(ZHANG)).toEqual(['attendance', 'notice', 'voteOpened']);
    expect(await kindsOf(CHEN)).toEqual(['notice', 'reply', 'voteOpened']);
    expect(await kindsOf(LIU)).toEqual(['notice', 'onBehalf', 'voteOpened']);
    // Nobody subscribed: nothing is queued for WeChat, all of it is in 消息.
    await w.tick(NOW);
    expect(await w.store.count('notifications', {})).toBe(0);
    expect((await w.ok(LIU, 'account', 'me.get', {})).unread).toBe((await w.ok(LIU, 'account', 'feed.list', {})).unread);
    expect((await w.ok(LIU, 'account', 'feed.list', {})).unread).toBe(5); // 2 seeded notices and these 3
  });
});

describe('the sender', () => {
  it('delivers each item once even when two runs overlap; a member without a grant gets only the in-app item', async () => {
    w = await openWorld();
    await subscribe(ZHANG, 'notice', 'result');
    const id = await publish();
    await Promise.all([w.tick(NOW), w.tick(NOW)]);
    await w.tick(NOW + 1);

    const zhang = await idOf(ZHANG);
    const items = await outbox({ consultationId: id });
    const sent = await w.store.find<LocalMessageDoc>('localMessages', {});
    expect(sent.map((m) => m._id)).toEqual([`${id}:notice:2:${zhang}`]);
    expect(sent[0]).toMatchObject({
      touser: ZHANG,
      templateId: 'demo-notice',
      page: `consultation/detail/index?id=${id}`,
      data: { thing1: { value: '小区东门增设非机动车充电桩' }, phrase2: { value: '公告' }, time3: { value: '2026年12月5日 10:00' } },
    });
    // Queued for the one member holding a grant; everyone else has it in 消息 only.
    expect(items.map((n) => [n.memberId, n.state])).toEqual([[zhang, 'sent']]);
    expect(await w.ok(ZHANG, 'account', 'subscription.mine', {})).toMatchObject({
      grants: expect.arrayContaining([
        { key: 'notice', title: '协商活动通知', remaining: 0 },
        { key: 'result', title: '结果公示通知', remaining: 1 },
      ]),
    });
  });

  it('retries a transient error with backoff, gives up on 43101 and records why', async () => {
    const { messenger, calls } = scriptedMessenger({
      [ZHANG]: [{ ok: false, code: -1, message: 'system busy' }],
      [CHEN]: [{ ok: false, code: 43101, message: 'user refuse to accept the msg' }],
    });
    w = await openWorld({ messenger });
    await subscribe(ZHANG, 'notice');
    await subscribe(CHEN, 'notice');
    await subscribe(CHEN, 'notice');
    const id = await publish();
    await w.tick(NOW);
    const itemOf = async (openid: string) => (await outbox({ consultationId: id, memberId: await idOf(openid) }))[0];
    expect(await itemOf(ZHANG)).toMatchObject({ state: 'pending', attempts: 1, nextAt: NOW + 60_000, error: { code: -1 } });
    expect(await itemOf(CHEN)).toMatchObject({ state: 'failed', attempts: 1, error: { code: 43101, message: 'user refuse to accept the msg' } });
    // 43101: WeChat has no subscription for this member, whatever was counted.
    expect((await w.store.get<GrantDoc>('grants', `${await idOf(CHEN)}:notice`))!.remaining).toBe(0);
    // The failed send did not use up 张伟's grant.
    expect((await w.store.get<GrantDoc>('grants', `${await idOf(ZHANG)}:notice`))!.remaining).toBe(1);

    await w.tick(NOW + 30_000);
    expect(calls.filter((c) => c.touser === ZHANG)).toHaveLength(1); // not before the backoff
    await w.tick(NOW + 60_000);
    await w.tick(NOW + 120_000);
    expect(await itemOf(ZHANG)).toMatchObject({ state: 'sent', attempts: 2, sentAt: NOW + 60_000 });
    expect(calls.filter((c) => c.touser === ZHANG)).toHaveLength(2);
    expect(calls.filter((c) => c.touser === CHEN)).toHaveLength(1);
    expect((await w.store.get<GrantDoc>('grants', `${await idOf(ZHANG)}:notice`))!.remaining).toBe(0);
  });

  it('gives up after five transient failures', async () => {
    const busy = { ok: false as const, code: -1, message: 'system busy' };
    const { messenger, calls } = scriptedMessenger({ [ZHANG]: [busy, busy, busy, busy, busy, busy] });
    w = await openWorld({ messenger });
    await subscribe(ZHANG, 'notice');
    const id = await publish();
    for (let t = NOW; t < NOW + DAY_MS; t += HOUR / 2) await w.tick(t);
    expect(calls).toHaveLength(5);
    expect((await outbox({ consultationId: id, memberId: await idOf(ZHANG) }))[0]).toMatchObject({ state: 'failed', attempts: 5 });
  });

  it('never sends again an item a dead run had claimed', async () => {
    const { messenger, calls } = scriptedMessenger();
    w = await openWorld({ messenger });
    await subscribe(ZHANG, 'notice');
    const id = await publish();
    await pushAnnouncements({ ...w.services, now: NOW }, fail);
    const zhang = await idOf(ZHANG);
    const item = { consultationId: id, memberId: zhang };
    await w.store.update('notifications', item, { set: { state: 'sending', claimedAt: NOW }, inc: { attempts: 1 } });
    await w.tick(NOW + 5 * 60_000);
    expect((await outbox(item))[0].state).toBe('sending');
    await w.tick(NOW + 11 * 60_000);
    expect((await outbox(item))[0].state).toBe('unknown');
    expect(calls).toHaveLength(0);
  });
});

describe('subscriptions', () => {
  it('lists the configured templates and refuses an id that is not one, recording nothing', async () => {
    w = await openWorld();
    const { templates } = await w.ok(ZHANG, 'account', 'subscription.templates', {});
    expect(templates.map((t) => t.id)).toEqual(['demo-notice', 'demo-vote', 'demo-result', 'demo-progress', 'demo-reply', 'demo-account']);
    expect(await w.call(ZHANG, 'account', 'subscription.grant', { templateIds: ['demo-notice', 'forged'] })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.call(ZHANG, 'account', 'subscription.grant', { templateIds: [] })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.call(VISITOR, 'account', 'subscription.grant', { templateIds: ['demo-notice'] })).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await w.store.count('grants', {})).toBe(0);
  });

  it('counts each accepted prompt as one message, also when two arrive at once', async () => {
    w = await openWorld();
    await Promise.all([subscribe(ZHANG, 'vote'), subscribe(ZHANG, 'vote'), subscribe(ZHANG, 'vote')]);
    expect((await w.store.get<GrantDoc>('grants', `${await idOf(ZHANG)}:vote`))!.remaining).toBe(3);
  });

  it('lets an applicant subscribe to hear of the approval', async () => {
    w = await openWorld();
    await subscribe(LIN, 'account');
    await w.ok(WANG, 'member', 'member.approve', { memberId: await idOf(LIN) });
    await w.tick(NOW);
    expect(await w.store.find<LocalMessageDoc>('localMessages', {})).toEqual([
      expect.objectContaining({ touser: LIN, templateId: 'demo-account', data: expect.objectContaining({ phrase2: { value: '已通过' } }) }),
    ]);
  });
});

describe('reminders', () => {
  it('reminds before the vote closes those who have not voted, once, at the community’s hours', async () => {
    w = await openWorld();
    await w.ok(WANG, 'member', 'community.updateSettings', { reminders: { meeting: 24, vote: 2, objection: 24 } });
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    const closesAt = (await doc(ADS)).plan.vote!.closesAt;
    await w.tick(closesAt - 23 * HOUR);
    expect(await w.store.count('announcements', { kind: 'voteClosing' })).toBe(0); // 2 hours, not 24
    await Promise.all([w.tick(closesAt - HOUR), w.tick(closesAt - HOUR)]);
    await w.tick(closesAt - HOUR / 2);
    expect(await w.store.count('announcements', { kind: 'voteClosing' })).toBe(1);
    const reminded = await told('voteClosing');
    const opened = await told('voteOpened', ADS);
    const chen = await idOf(CHEN);
    expect(opened).toContain(chen);
    expect(reminded).toEqual(opened.filter((id) => id !== chen));
    expect(reminded).toContain(await idOf(ZHANG));
  });

  it('reminds before the meeting those in scope who neither applied nor spoke, and not when the community turned it off', async () => {
    w = await openWorld();
    const id = await publish();
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'absent' });
    await w.ok(CHEN, 'participation', 'opinion.submit', {
      consultationId: id,
      requestId: req(),
      stance: 'support',
      text: '同意。',
      photos: [],
      channel: 'online',
    });
    const startsAt = (await doc(id)).plan.schedule!.startsAt!;
    await w.tick(startsAt - 12 * HOUR);
    const reminded = await told('meetingSoon', id);
    const noticed = await told('notice', id);
    const responded = [await idOf(ZHANG), await idOf(CHEN)];
    expect(reminded).toEqual(noticed.filter((m) => !responded.includes(m)));
    expect(reminded.length).toBeGreaterThan(5);

    await w.ok(WANG, 'member', 'community.updateSettings', { reminders: { meeting: 0, vote: 24, objection: 24 } });
    const other = await publish();
    await w.tick((await doc(other)).plan.schedule!.startsAt! - HOUR);
    expect(await w.store.count('announcements', { consultationId: other, kind: 'meetingSoon' })).toBe(0);
  });

  it('reminds before the objection window ends those who have not objected', async () => {
    w = await openWorld();
    const id = await publish();
    const startsAt = (await doc(id)).plan.schedule!.startsAt!;
    await w.tick(startsAt);
    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id, version: (await doc(id)).version, text: '增设充电桩', responsible: '物业', dueAt: startsAt + 30 * DAY_MS },
      startsAt,
    );
    await w.ok(WANG, 'result', 'result.publish', { id, version: closed.consultation.version }, startsAt);
    await w.ok(LIU, 'result', 'objection.file', { consultationId: id, requestId: req(), reason: '位置不合适' }, startsAt);
    const endsAt = (await doc(id)).objectionWindowEndsAt!;
    await w.tick(endsAt - 25 * HOUR);
    expect(await w.store.count('announcements', { kind: 'objectionClosing' })).toBe(0);
    await w.tick(endsAt - 23 * HOUR);
    const reminded = await told('objectionClosing', id);
    expect(reminded).not.toContain(await idOf(LIU));
    expect(reminded).toContain(await idOf(ZHANG));
  });
});

describe('reminder settings', () => {
  it('are the committee’s to change, within 0 to 168 hours', async () => {
    w = await openWorld();
    expect((await w.ok(LI, 'member', 'community.settings', {})).reminders).toEqual({ meeting: 24, vote: 24, objection: 24 });
    expect(await w.call(ZHANG, 'member', 'community.updateSettings', { reminders: { meeting: 1, vote: 1, objection: 1 } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await w.call(WANG, 'member', 'community.updateSettings', { reminders: { meeting: 200, vote: 1, objection: 1 } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.ok(WANG, 'member', 'community.updateSettings', { reminders: { meeting: 48, vote: 6, objection: 0 } })).toMatchObject({
      reminders: { meeting: 48, vote: 6, objection: 0 },
    });
    expect(await w.store.count('audit', { action: 'community.updateSettings' })).toBe(1);
  });
});

describe('following a consultation', () => {
  it('brings its result to a member who took no part, until they unfollow', async () => {
    w = await openWorld();
    const id = await publish();
    expect((await w.ok(LIU, 'consultation', 'consultation.get', { id })).following).toBe(false);
    await w.ok(LIU, 'consultation', 'consultation.follow', { id, follow: true });
    await w.ok(LIU, 'consultation', 'consultation.follow', { id, follow: true });
    expect((await w.ok(LIU, 'consultation', 'consultation.get', { id })).following).toBe(true);
    const startsAt = (await doc(id)).plan.schedule!.startsAt!;
    await w.tick(startsAt);
    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id, version: (await doc(id)).version, text: '增设充电桩', responsible: '物业', dueAt: startsAt + 30 * DAY_MS },
      startsAt,
    );
    await w.ok(WANG, 'result', 'result.publish', { id, version: closed.consultation.version }, startsAt);
    expect(await told('outcome', id)).toEqual([await idOf(LIU)]);
    await w.ok(LIU, 'consultation', 'consultation.follow', { id, follow: false });
    expect((await w.ok(LIU, 'consultation', 'consultation.get', { id })).following).toBe(false);
  });
});

describe('the notice-board poster', () => {
  it('prints the notice with a code that opens the consultation', async () => {
    w = await openWorld();
    const id = await publish();
    const poster = await w.ok(LI, 'consultation', 'notice.poster', { id });
    expect(poster).toMatchObject({ title: '小区东门增设非机动车充电桩', communityName: '幸福里社区', issuer: '幸福里社区居民委员会' });
    expect(poster.lines.map((l) => l.label)).toEqual(['协商时间', '协商地点', '主持人', '协商形式', '参与对象']);
    const png = PngImage.sync.read(Buffer.from(poster.code.image.replace(/^data:image\/png;base64,/, ''), 'base64'));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(poster.code.target);
    expect(new URL(poster.code.target).hash).toBe(`#/consultation/detail/index?id=${id}&communityId=${HAPPY}`);
  });

  it('is the committee’s, and only for a published notice', async () => {
    w = await openWorld();
    const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: completePlan() });
    expect(await w.call(WANG, 'consultation', 'notice.poster', { id: draft.id })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect((await w.ok(WANG, 'consultation', 'consultation.get', { id: draft.id })).can.poster).toBe(false);
    const id = await publish();
    expect(await w.call(ZHANG, 'consultation', 'notice.poster', { id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('deleting my data', () => {
  it('takes my messages, subscriptions and follows with it', async () => {
    w = await openWorld();
    await subscribe(ZHANG, 'notice');
    const id = await publish();
    await w.ok(ZHANG, 'consultation', 'consultation.follow', { id, follow: true });
    const zhang = await idOf(ZHANG);
    await w.ok(ZHANG, 'account', 'me.deleteData', { confirm: true });
    for (const collection of ['feed', 'notifications', 'grants', 'follows'] as const) {
      expect(await w.store.count(collection, { memberId: zhang })).toBe(0);
    }
  });
});

describe('消息 kept by an earlier version', () => {
  it('keeps read what was read and unread what was not, and 全部已读 clears both', async () => {
    w = await openWorld();
    const zhang = await idOf(ZHANG);
    const before = (await w.ok(ZHANG, 'account', 'feed.list', {})).unread;
    // Per-member items as versions before the read marker wrote them, each with its own flag.
    const item = (n: number, read: boolean) => ({
      _id: `c-old-${n}:notice:${zhang}`,
      communityId: HAPPY,
      memberId: zhang,
      consultationId: `c-old-${n}`,
      kind: 'notice' as const,
      title: `协商公告：旧议题${n}`,
      body: '时间：……',
      at: NOW - DAY_MS + n,
      read,
    });
    await w.store.insertMany('feed', [item(1, true), item(2, false)]);

    const feed = await w.ok(ZHANG, 'account', 'feed.list', {});
    expect(feed.unread).toBe(before + 1);
    const old = feed.items.filter((i) => i.id.startsWith('c-old-'));
    expect(old.map((i) => [i.title, i.read])).toEqual([
      ['协商公告：旧议题2', false],
      ['协商公告：旧议题1', true],
    ]);
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).unread).toBe(before + 1);
    expect((await w.ok(ZHANG, 'account', 'feed.markRead', { all: true })).unread).toBe(0);
  });
});
