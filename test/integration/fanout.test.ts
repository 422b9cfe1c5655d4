import type { AnnouncementDoc, ConsultationDoc, GrantDoc } from '../../cloudfunctions/core/docs';
import type { Messenger } from '../../cloudfunctions/core/ports/messenger';
import { RUN_BUDGET_MS, runScheduler, STEP_BUDGET_MS } from '../../cloudfunctions/core/scheduler/runScheduler';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { CountingStore } from '../support/countingStore';
import { completePlan, NOW, openWorld, WANG, ZHANG, type World } from '../support/harness';
import { killedOnce } from '../support/killedOnce';
import { addLoadMembers } from '../support/loadMembers';

/**
 * News for many at the size of a real community: written once, read by each member from 消息,
 * pushed by a resumable job to those holding a grant, within the scheduler's time.
 */
const HAPPY = 'demo-xingfuli';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let w: World;
afterEach(() => w.close());

let requestNo = 0;
async function publish(at: number, startsAt = at + 14 * 24 * HOUR) {
  const plan = { ...completePlan(), schedule: { startsAt, endsAt: startsAt + 2 * HOUR } };
  const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: `fanout-${++requestNo}`, plan }, at);
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version }, at);
  return draft.id;
}

/** Every `share`-th load member holds `remaining` one-time grants of each template given. */
async function grant(memberIds: string[], share: number, remaining: number, templates: GrantDoc['template'][] = ['notice']) {
  const docs = memberIds
    .filter((_, i) => i % share === 0)
    .flatMap((memberId) =>
      templates.map((template) => ({ _id: `${memberId}:${template}`, communityId: HAPPY, memberId, template, remaining, updatedAt: NOW })),
    );
  for (let i = 0; i < docs.length; i += 1000) await w.store.insertMany('grants', docs.slice(i, i + 1000));
  return docs.map((g) => g.memberId);
}

/** A messenger that records whom it sent what, without touching the store. */
function recordingMessenger(onSend: () => void = () => undefined) {
  const sent: string[] = [];
  const messenger: Messenger = {
    async send(m) {
      onSend();
      sent.push(m.key);
      return { ok: true };
    },
  };
  return { messenger, sent };
}

const fail = (e: unknown) => {
  throw e;
};

const loadIds = (openids: string[]) => openids.map((o) => `m-${o.slice('demo-'.length)}`);

describe('a notice to a community of 1,200', () => {
  it('is one announcement; a push job killed mid-chunk resumes and sends each grant holder exactly one message', async () => {
    const { messenger, sent } = recordingMessenger();
    w = await openWorld({ messenger });
    const members = loadIds(await addLoadMembers(w.store, 1_200));
    const holders = await grant(members, 2, 3);
    const sample = [ZHANG, 'demo-load-00001', 'demo-load-00600', 'demo-load-01200'];
    const unreadBefore = await Promise.all(sample.map(async (o) => (await w.ok(o, 'account', 'feed.list', {})).unread));

    const id = await publish(NOW);
    expect(await w.store.count('announcements', { consultationId: id })).toBe(1);
    expect(await w.store.count('feed', { consultationId: id })).toBe(0);

    // The second chunk dies after writing half of its outbox items, as a killed function would.
    let killed = false;
    const inner = w.store;
    const dying: Store = {
      ...inner,
      async insertMany(collection, docs) {
        const chunk = await inner.find<AnnouncementDoc>('announcements', { _id: `${id}:notice:2` });
        if (collection === 'notifications' && !killed && chunk[0]?.push.chunks === 1) {
          killed = true;
          await inner.insertMany(collection, docs.slice(0, docs.length / 2));
          throw new Error('function killed mid-chunk');
        }
        return inner.insertMany(collection, docs);
      },
    };
    const errors: unknown[] = [];
    await runScheduler({ ...w.services, store: dying, now: NOW + MINUTE }, (e) => errors.push(e));
    expect(killed).toBe(true);
    expect(errors).toHaveLength(1);
    const stuck = (await w.store.get<AnnouncementDoc>('announcements', `${id}:notice:2`))!.push;
    expect(stuck).toMatchObject({ state: 'pending', chunks: 1 });

    // Within the lease nothing takes it again; after it, the next run resumes at the cursor.
    await w.tick(NOW + 1.5 * MINUTE);
    expect((await w.store.get<AnnouncementDoc>('announcements', `${id}:notice:2`))!.push.chunks).toBe(1);
    const resumed = await w.tick(NOW + 3 * MINUTE);
    expect(resumed.pushed.chunks).toBeGreaterThan(0);
    expect((await w.store.get<AnnouncementDoc>('announcements', `${id}:notice:2`))!.push).toMatchObject({ state: 'done', queued: holders.length });

    const toHolders = sent.filter((key) => key.startsWith(`${id}:notice:2:`)).map((key) => key.slice(`${id}:notice:2:`.length));
    expect(toHolders.sort()).toEqual([...holders].sort());
    expect(new Set(toHolders).size).toBe(toHolders.length);

    // Everyone has it in 消息, once, and it counts as one more unread message.
    for (const [i, openid] of sample.entries()) {
      const feed = await w.ok(openid, 'account', 'feed.list', {});
      expect(feed.items.filter((item) => item.consultationId === id)).toHaveLength(1);
      // The scheduler opened the seeded vote meanwhile too: unread grew by exactly what is new.
      const news = feed.items.filter((item) => item.at >= NOW);
      expect(news.some((item) => item.consultationId === id && item.kind === 'notice' && !item.read)).toBe(true);
      expect(feed.unread).toBe(unreadBefore[i] + news.length);
    }
  });

  it('keeps the news of a change whose copy failed: the change stands, the scheduler copies it, and no one repeats the change', async () => {
    w = await openWorld();
    const crashing = killedOnce(w.store, 'insert', 'announcements', 'function killed after the change committed');
    const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: 'fanout-crash', plan: completePlan() });
    const { publishNotice } = await import('../../cloudfunctions/core/consultation/publishNotice');
    // The change committed, so the committee is told it did; the news waits for the scheduler.
    const published = await publishNotice({ ...w.services, store: crashing, now: NOW, caller: { openid: WANG } }, { id: draft.id, version: draft.version });
    expect(crashing.killed).toBe(true);
    expect(published.consultation.status).toBe('announced');
    const c = (await w.store.get<ConsultationDoc>('consultations', draft.id))!;
    expect(c).toMatchObject({ status: 'announced', announcePending: true });
    expect(await w.store.count('announcements', { consultationId: draft.id })).toBe(0);

    expect((await w.tick(NOW + MINUTE)).copied).toBe(1);
    expect(await w.store.count('announcements', { consultationId: draft.id })).toBe(1);
    expect((await w.store.get<ConsultationDoc>('consultations', draft.id))!).toMatchObject({ announcePending: false, announcing: [] });
    expect((await w.ok(ZHANG, 'account', 'feed.list', {})).items.some((i) => i.consultationId === draft.id && i.kind === 'notice')).toBe(true);
  });
});

describe('one scheduler run at 10,000 members', () => {
  // Ten thousand members on the embedded store take a while to write and to read, whatever the run's own clock says.
  jest.setTimeout(120_000);

  it('sends two reminders and a notice within the run’s budget, and the sender still runs', async () => {
    // The run's clock: 20 ms for each database request as CloudBase would count it, 5 ms for each message.
    let sends = 0;
    const { messenger, sent } = recordingMessenger(() => sends++);
    w = await openWorld({ messenger });
    const counting = w.store as CountingStore;
    const requests = () => [...counting.requests.values()].reduce((a, b) => a + b, 0);
    const clock = () => requests() * 20 + sends * 5;
    const members = loadIds(await addLoadMembers(w.store, 10_000));
    const holders = await grant(members, 3, 5, ['notice']);

    const first = await publish(NOW);
    await publish(NOW, NOW + 14 * 24 * HOUR + HOUR);
    await w.tick(NOW + MINUTE); // their notices go out now
    const startsAt = (await w.store.get<ConsultationDoc>('consultations', first))!.plan.schedule!.startsAt!;
    const at = startsAt - 12 * HOUR;
    await publish(at - MINUTE, at + 8 * 24 * HOUR);
    sent.length = 0;

    const report = await runScheduler({ ...w.services, now: at }, fail, clock);
    expect(report.reminders.meeting.changed).toBe(2);
    expect(await w.store.count('announcements', { kind: 'meetingSoon' })).toBe(2);
    const spent = Object.values(report.spent).reduce((a, b) => a + b, 0);
    expect(spent).toBeLessThanOrEqual(RUN_BUDGET_MS + 5_000); // a step may finish the unit it began
    expect(spent).toBeLessThan(60_000);
    expect(report.delivered.sent).toBeGreaterThan(1_000);
    // The push finished its three jobs well inside its share, leaving the sender its own.
    expect(report.pushed).toMatchObject({ done: 3, queued: 3 * holders.length });
    expect(report.spent.pushed).toBeLessThan(STEP_BUDGET_MS.push);
    // What the run left over waits for the next one; in the end every grant holder has each of the
    // three exactly once (all of them are in scope and none has answered).
    for (let run = 1; run <= 10 && (await w.store.count('notifications', { state: 'pending' })) > 0; run++) {
      await runScheduler({ ...w.services, now: at + run * 5 * MINUTE }, fail, clock);
    }
    expect(sent).toHaveLength(3 * holders.length);
    expect(new Set(sent).size).toBe(sent.length);
  });
});
