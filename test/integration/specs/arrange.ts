/**
 * The shared arrange steps and observations of the per-use-case specs (test/integration/specs/<context>/<useCase>.test.ts).
 *
 * Each spec arranges the smallest state on the seeded demo world through the real actions, calls one
 * action as the right persona, and looks at what it did through what a person or the audit reads:
 * the records it changed, the audit events it wrote, and the news members find in 我的 → 消息
 * (feed items and announcements alike, found through `feed.list`, so the specs do not depend on how
 * notifications are stored).
 */
import type { FeedKind } from '@shared';
import { DAY_MS, VOTE_CLOSE_GRACE_MS } from '@shared';
import type { AuditDoc, ConsultationDoc, ElectorDoc, MemberDoc } from '../../../cloudfunctions/core/docs';
import type { CollectionName } from '../../../cloudfunctions/core/store/schema';
import { NOW, WANG, ZHANG, type World } from '../../support/harness';

/** The seeded 幸福里社区. */
export const HAPPY = 'demo-xingfuli';
/** The seeded 广告招租 consultation: consulting, with a 居民会议 vote of all residents, open from before NOW. */
export const ADS = 'c-seed-ads';
/** The seeded 楼道照明 consultation: completed, its evaluation window open. */
export const LIGHTS = 'c-seed-lights';
/** Residents of 幸福里社区 beside the named personas in the harness. */
export const CHEN = 'demo-chen-jing';
export const LIU = 'demo-liu-fang';
export const HUANG = 'demo-huang-li';

/** The seeded 停车位 consultation's id: announced, all residents, no vote, its meeting 10 days after NOW. */
export async function parkingId(w: World): Promise<string> {
  const all = await w.store.find<ConsultationDoc>('consultations', { communityId: HAPPY });
  return all.find((c) => c.plan.title === '小区公共停车位设定及管理办法')!._id;
}

export const consultation = async (w: World, id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;

/** The member id of a persona, as the records name them. */
export async function memberIdOf(w: World, openid: string): Promise<string> {
  const [m] = await w.store.find<MemberDoc>('members', { openid });
  if (!m) throw new Error(`no member for ${openid}`);
  return m._id;
}

/** The audit actor a persona's change is logged under. */
export async function actorOf(w: World, openid: string): Promise<AuditDoc['actor']> {
  const [m] = await w.store.find<MemberDoc>('members', { openid });
  return { memberId: m._id, role: m.role };
}

/** One piece of news one member finds in their feed. */
export interface News {
  memberId: string;
  kind: FeedKind;
  consultationId?: string;
  title: string;
}

/** Every item every member of the community finds in 我的 → 消息 at `at`, read as each of them reads it. */
async function newsIn(w: World, communityId = HAPPY, at = NOW): Promise<Map<string, News>> {
  const members = await w.store.find<MemberDoc>('members', { communityId });
  const out = new Map<string, News>();
  for (const m of members) {
    for (let page = 0, more = true; more; page++) {
      const res = await w.call(m.openid, 'account', 'feed.list', { page }, at);
      if (!res.ok) break;
      for (const i of res.data.items) out.set(`${m._id}|${i.id}`, { memberId: m._id, kind: i.kind, consultationId: i.consultationId, title: i.title });
      more = res.data.hasMore;
    }
  }
  return out;
}

/**
 * What one action adds: taken before the action, then asked after it for the audit events and the
 * news that appeared since.
 */
export async function watch(w: World, communityId = HAPPY, at = NOW) {
  const auditBefore = new Set((await w.store.find<AuditDoc>('audit', {})).map((a) => a._id));
  const newsBefore = await newsIn(w, communityId, at);
  return {
    /** Audit events written since, oldest first. */
    async audit(): Promise<AuditDoc[]> {
      const all = await w.store.find<AuditDoc>('audit', {}, { sort: [{ field: 'at', dir: 'asc' }] });
      return all.filter((a) => !auditBefore.has(a._id));
    },
    /** News members find now and did not before (read at `later`, for news of an event after `at`). */
    async news(later = at): Promise<News[]> {
      const now = await newsIn(w, communityId, later);
      return [...now].filter(([k]) => !newsBefore.has(k)).map(([, n]) => n);
    },
  };
}

/** Who received news of this kind, sorted. */
export const receivers = (news: News[], kind: FeedKind) => [...new Set(news.filter((n) => n.kind === kind).map((n) => n.memberId))].sort();

/** Those who took part in the parking consultation (张伟 and 陈静) heard this kind of news of it, and no one heard anything else. */
export async function expectParticipantsToldOnly(w: World, news: News[], kind: FeedKind, consultationId: string): Promise<void> {
  expect(receivers(news, kind)).toEqual([await memberIdOf(w, ZHANG), await memberIdOf(w, CHEN)].sort());
  expect(news.every((n) => n.kind === kind && n.consultationId === consultationId)).toBe(true);
}

/** The records a refused action must leave as they were. */
const WATCHED: CollectionName[] = [
  'consultations',
  'audit',
  'ballots',
  'tallies',
  'electors',
  'proxies',
  'familyProxies',
  'feed',
  'announcements',
  'notifications',
  'objections',
  'progress',
  'evaluations',
  'archives',
  'opinions',
  'meetings',
];

/** Everything a use case of these contexts could write, to prove a refused call wrote nothing. */
export async function records(w: World) {
  const sort = [{ field: '_id', dir: 'asc' as const }];
  const out: Partial<Record<CollectionName, unknown[]>> = {};
  for (const c of WATCHED) out[c] = await w.store.find(c, {}, { sort });
  return out;
}

// ---- voting -----------------------------------------------------------------------------------

/** The seeded 广告招租 vote's close time. */
export const adsClosesAt = async (w: World) => (await consultation(w, ADS)).plan.vote!.closesAt;

/** The committee opens the 广告招租 vote at NOW: 17 register entries, 15 of them on the app. */
export const openAds = (w: World) => w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });

/** Every member id a vote's electorate snapshot names as a voter. */
export async function votersOf(w: World, consultationId: string): Promise<string[]> {
  const electors = await w.store.find<ElectorDoc>('electors', { consultationId });
  return [...new Set(electors.flatMap((e) => e.voters))].sort();
}

/** The 广告招租 vote opened, `casts` made, and closed by the committee after its close time: returns that moment. */
export async function closedAds(w: World, casts: [string, 'agree' | 'disagree' | 'abstain'][] = [[ZHANG, 'agree']]): Promise<number> {
  await openAds(w);
  for (const [who, choice] of casts) await w.ok(who, 'voting', 'ballot.cast', { consultationId: ADS, choice });
  const at = (await adsClosesAt(w)) + VOTE_CLOSE_GRACE_MS;
  await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, at);
  return at;
}

// ---- result -----------------------------------------------------------------------------------

/** When the seeded 停车位 meeting starts. */
const parkingStartsAt = async (w: World) => (await consultation(w, await parkingId(w))).plan.schedule!.startsAt!;

/** The outcome the committee writes for 停车位, due 30 days after `at`. */
export const parkingOutcome = (at: number) => ({ text: '东侧空地划设30个车位，夜间禁止占用消防通道。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS });

let requestNo = 0;
/** A fresh client request id. */
export const requestId = () => `req-spec-${String(++requestNo).padStart(4, '0')}`;

/** `openids` each give an opinion on 停车位 at NOW, each answered (采纳) by the committee; then the meeting begins. Returns its start. */
export async function parkingConsulted(w: World, openids: string[] = [ZHANG]): Promise<number> {
  const id = await parkingId(w);
  for (const who of openids) {
    const op = await w.ok(
      who,
      'participation',
      'opinion.submit',
      { consultationId: id, requestId: requestId(), stance: 'support', text: '建议东侧空地划线停车。', photos: [], channel: 'online' },
      NOW,
    );
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: op.id, decision: 'adopted', reason: '采纳' });
  }
  const startsAt = await parkingStartsAt(w);
  await w.tick(startsAt);
  return startsAt;
}

/** 停车位 consulted and closed with its outcome (协商意见) three hours after the meeting began: returns that moment. */
export async function parkingClosed(w: World, openids?: string[]): Promise<number> {
  const at = (await parkingConsulted(w, openids)) + 3 * 3_600_000;
  const id = await parkingId(w);
  await w.ok(WANG, 'result', 'outcome.close', { id: id, version: (await consultation(w, id)).version, ...parkingOutcome(at) }, at);
  return at;
}

/** 停车位 closed and its result published (结果公示) at the same moment: returns it. The objection window is 7 days. */
export async function parkingPublished(w: World, openids?: string[]): Promise<number> {
  const at = await parkingClosed(w, openids);
  const id = await parkingId(w);
  await w.ok(WANG, 'result', 'result.publish', { id: id, version: (await consultation(w, id)).version }, at);
  return at;
}

/**
 * Calls a read and reports what it left behind: for a read, no changed record, no audit event and
 * no news (each spec of a read expects all three empty).
 */
export async function afterRead(w: World, read: () => Promise<unknown>, at = NOW) {
  const before = await records(w);
  const seen = await watch(w, HAPPY, at);
  await read();
  return { changed: JSON.stringify(await records(w)) !== JSON.stringify(before), audit: await seen.audit(), news: await seen.news() };
}

/** 停车位 published and, its objection window passed without objection, taken into effect by the scheduler: returns that moment. */
async function parkingEffective(w: World, openids?: string[]): Promise<number> {
  const at = (await parkingPublished(w, openids)) + 7 * DAY_MS;
  await w.tick(at);
  return at;
}

/** 停车位 in effect and being carried out (组织实施): returns the moment it started. */
export async function parkingImplementing(w: World, openids?: string[]): Promise<number> {
  const at = await parkingEffective(w, openids);
  await w.ok(WANG, 'result', 'implementation.start', { id: await parkingId(w) }, at);
  return at;
}

/** The final report of 停车位's implementation. */
export const PARKING_REPORT = '东侧空地已划设30个车位并投入使用。';

/** 停车位 carried out and completed a day after it started, its rating window open: returns the moment of completion. */
export async function parkingCompleted(w: World, openids?: string[]): Promise<number> {
  const at = (await parkingImplementing(w, openids)) + DAY_MS;
  await w.ok(WANG, 'result', 'implementation.complete', { id: await parkingId(w), report: PARKING_REPORT, photos: [] }, at);
  return at;
}

// ---- participation ----------------------------------------------------------------------------

/** `openid`'s own online opinion on the consultation, at NOW. */
export const opinionBy = async (w: World, openid: string, consultationId: string, text = '建议东侧空地划线停车。') =>
  w.ok(openid, 'participation', 'opinion.submit', { consultationId, requestId: requestId(), stance: 'support', text, photos: [], channel: 'online' });

/** The committee (王建国) enters 黄丽's written opinion on the consultation, with a photo of the paper. */
export async function enteredForHuang(w: World, consultationId: string, evidence: string) {
  return w.ok(WANG, 'participation', 'opinion.recordOnBehalf', {
    consultationId,
    requestId: requestId(),
    memberId: await memberIdOf(w, HUANG),
    channel: 'written',
    stance: 'suggestion',
    text: '黄丽书面意见：建议增设访客临时车位。',
    evidence: [evidence],
  });
}
