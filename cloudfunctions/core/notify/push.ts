import { insertOnce } from '../batches';
import type { SystemContext } from '../context';
import type { AnnouncementDoc, GrantDoc, MemberDoc, NotificationDoc, PushJob } from '../docs';
import { isStoreConflict, type Store } from '../store/port';
import { templateOf } from './events';
import { factsFor, hears } from './hearers';
import { outboxItem } from './notify';

/** Grant holders one chunk reads: a few batched requests, whatever the community's size. */
const PUSH_CHUNK = 500;
/** A chunk is done well within this; a lease older than it belongs to a run that died. */
const PUSH_LEASE_MS = 60_000;

/**
 * One chunk of an announcement's push job: the next grant holders for its template, in id order,
 * the ones it is meant for get an outbox item. Only members who could receive a message are
 * read at all; everyone else has it in 消息. The chunk takes a lease before it starts and moves
 * the cursor when it is done; killed in between, it is taken again once the lease lapses and,
 * outbox ids being derived from the announcement and the member, queues nothing twice.
 * Returns the job as it now stands, or null when another run holds it or it is finished.
 */
export async function pushChunk(ctx: SystemContext, a: AnnouncementDoc): Promise<PushJob | null> {
  const job = a.push;
  const claimed = await ctx.store.update(
    'announcements',
    { _id: a._id, 'push.state': 'pending', 'push.cursor': job.cursor, 'push.leaseUntil': { $lt: ctx.now } },
    { set: { 'push.leaseUntil': ctx.now + PUSH_LEASE_MS } },
  );
  if (claimed === 0) return null;
  const template = templateOf(a.kind);
  const holders = await ctx.store.find<GrantDoc>(
    'grants',
    { communityId: a.communityId, template, remaining: { $gt: 0 }, ...(job.cursor ? { _id: { $gt: job.cursor } } : {}) },
    { sort: [{ field: '_id', dir: 'asc' }], limit: PUSH_CHUNK },
  );
  const queued = holders.length ? await queueFor(ctx, a, holders) : 0;
  const done = holders.length < PUSH_CHUNK;
  const next: PushJob = {
    state: done ? 'done' : 'pending',
    cursor: holders.at(-1)?._id ?? job.cursor,
    leaseUntil: 0,
    queued: job.queued + queued,
    chunks: job.chunks + 1,
    ...(done ? { doneAt: ctx.now } : {}),
  };
  await ctx.store.update('announcements', { _id: a._id, 'push.cursor': job.cursor }, { set: { push: next } });
  return next;
}

async function queueFor(ctx: SystemContext, a: AnnouncementDoc, holders: GrantDoc[]): Promise<number> {
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: holders.map((g) => g.memberId) } });
  const facts = await factsFor(ctx.store, [a], members);
  const items = members
    .filter((m) => hears(a, m, facts))
    .map((m) =>
      outboxItem(
        ctx.now,
        {
          _id: `${a._id}:${m._id}`,
          communityId: a.communityId,
          memberId: m._id,
          kind: a.kind,
          ...(a.consultationId ? { consultationId: a.consultationId } : {}),
          ...(a.suggestionId ? { suggestionId: a.suggestionId } : {}),
        },
        templateOf(a.kind),
        a.page,
        a.fields,
      ),
    );
  return insertNew(ctx.store, items);
}

/**
 * Inserts the items not already there (a chunk taken again after a crash): two requests, not one
 * per item. Returns how many the chunk has in the outbox, those a killed run wrote included.
 */
async function insertNew(store: Store, items: NotificationDoc[]): Promise<number> {
  if (items.length === 0) return 0;
  const there = new Set((await store.find<NotificationDoc>('notifications', { _id: { $in: items.map((i) => i._id) } })).map((n) => n._id));
  const fresh = items.filter((i) => !there.has(i._id));
  try {
    if (fresh.length) await store.insertMany('notifications', fresh);
  } catch (e) {
    // Someone queued some of them meanwhile: one at a time, each at most once.
    if (!isStoreConflict(e)) throw e;
    for (const item of fresh) await insertOnce(store, 'notifications', item);
  }
  return items.length;
}
