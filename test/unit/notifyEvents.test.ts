import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_KINDS, TEMPLATE_KEYS, TEMPLATE_OF, type FeedKind } from '@shared';
import type { SystemContext } from '../../cloudfunctions/core/context';
import type { CommunityDoc, ConsultationDoc, ElectorDoc, FamilyProxyDoc, MemberDoc, OpinionDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { EVENTS } from '../../cloudfunctions/core/notify/events';
import type { NewsEvent } from '../../cloudfunctions/core/notify/events/event';

const NOW = Date.UTC(2026, 4, 1, 2);
const DAY = 86_400_000;
const c = {
  _id: 'c1',
  communityId: 'k1',
  version: 3,
  plan: {
    title: '停车位调整',
    place: '活动室',
    scope: { kind: 'residents' },
    schedule: { startsAt: NOW + DAY },
    vote: { opensAt: NOW + DAY, closesAt: NOW + 2 * DAY, scope: { kind: 'residents' } },
  },
  outcome: { text: '同意调整' },
} as unknown as ConsultationDoc;
const member = { _id: 'm1', communityId: 'k1', version: 2 } as MemberDoc;
const community = { _id: 'k1', name: '幸福里社区' } as CommunityDoc;
const opinion = { _id: 'o1', authorId: 'm1', version: 2 } as OpinionDoc;
const elector = { electorId: 'e1', voters: ['m1', 'm2'] } as ElectorDoc;
const s = { _id: 's1', communityId: 'k1', title: '加装电梯', authorId: 'm1' } as SuggestionDoc;
const committee = [{ _id: 'm9' }];
const request = { _id: 'v1:e1', helperId: 'm1' } as FamilyProxyDoc;
const ctx = { now: NOW, store: { find: () => Promise.resolve(committee) } } as unknown as SystemContext;

/** One occurrence of each event, raised with the facts its use case gives it. */
const SAMPLES: { [K in keyof typeof EVENTS]: Parameters<(typeof EVENTS)[K]['says']>[0][] } = {
  notice: [{ c, version: 4 }],
  approved: [{ member, community }],
  attendance: [{ c, memberId: 'm1' }],
  reply: [
    { c, opinions: [opinion], decision: 'adopted', reason: '' },
    { c, opinions: [opinion], decision: 'adopted', reason: '已纳入方案' },
    { c, opinions: [opinion, { ...opinion, _id: 'o2', authorId: 'm2' }], decision: 'partly', reason: '部分纳入', request: 'req-group-1' },
  ],
  onBehalf: [
    { c, opinion },
    { c, elector, ballotKey: 'v1:e1' },
    { c, opinion, helperName: '吴敏' },
    { c, elector, ballotKey: 'v1:e1', helperName: '吴敏' },
  ],
  voteOpened: [{ c, voteId: 'v1' }],
  voteRescheduled: [{ c, moved: { opensAt: NOW + 3 * DAY, closesAt: NOW + 4 * DAY }, reason: '会议延期', version: 4 }],
  meetingSoon: [{ c, deadline: NOW + DAY }],
  voteClosing: [{ c, deadline: NOW + 2 * DAY }],
  objectionClosing: [{ c, deadline: NOW + 7 * DAY }],
  outcome: [{ c, objectionWindowEndsAt: NOW + 7 * DAY, days: 7 }],
  effective: [
    { c, answered: 0 },
    { c, answered: 2 },
  ],
  reconsidered: [{ c, reason: '异议成立' }],
  progress: [{ c, progressId: 'pg1', percent: 50, text: '已完成划线' }],
  completed: [{ c, report: '已全部完成', days: 14 }],
  commissionFeedback: [
    { c, commissioner: '和平街道（城管科）', decision: 'adopted' },
    { c, commissioner: '和平街道', decision: 'declined', reasons: '与上级规划冲突' },
  ],
  suggestionAnswered: [
    { s, decision: 'accept', text: '' },
    { s, decision: 'decline', text: '不属于本社区事务' },
  ],
  petitionReached: [{ s, communityId: 'k1', hit: { basis: 'residents', count: 30, needed: 25 } }],
  familyProxy: [
    { c, request: { ...request, state: 'confirmed', version: 2 }, relativeName: '徐军' },
    { c, request: { ...request, state: 'refused', reason: '没有签名', version: 2 }, relativeName: '徐军' },
  ],
};

/** Every event the folder defines, whether or not the table lists it. */
async function definedEvents(): Promise<NewsEvent[]> {
  const dir = join(__dirname, '../../cloudfunctions/core/notify/events');
  const modules = await Promise.all(readdirSync(dir).flatMap((f) => (f.endsWith('.ts') && f !== 'index.ts' ? [import(join(dir, f))] : [])));
  return modules
    .flatMap((m: Record<string, unknown>) => Object.values(m))
    .filter((v): v is NewsEvent => typeof v === 'object' && v !== null && 'kind' in v && 'says' in v);
}

describe('the notification events', () => {
  it('defines one event for each kind, and no two events share a kind', async () => {
    const defined = await definedEvents();
    expect(defined.map((e) => e.kind).sort()).toEqual([...FEED_KINDS].sort());
    for (const e of defined) expect(EVENTS[e.kind]).toBe(e);
    for (const [kind, e] of Object.entries(EVENTS)) expect(e.kind).toBe(kind);
    const labels = defined.map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  // Every kind has a template: WeChat sends nothing without one, and a member who never
  // subscribed still has the news in 消息 (no event is meant for the feed alone).
  it.each(FEED_KINDS)('%s has a label, a template, an audience and a text', async (kind: FeedKind) => {
    const event = EVENTS[kind] as NewsEvent<FeedKind, unknown>;
    expect(event.label).toMatch(/\S/);
    expect(TEMPLATE_KEYS).toContain(event.template);
    expect(event.template).toBe(TEMPLATE_OF[kind]);
    for (const facts of SAMPLES[kind]) {
      if (event.delivery === 'announcement') expect(event.audience(facts)).toEqual(expect.objectContaining({ kind: expect.any(String) }));
      else expect((await event.audience(facts, ctx)).length).toBeGreaterThan(0);
      const said = event.says(facts, NOW);
      expect(said.key).toMatch(/\S/);
      expect(said.communityId).toBe('k1');
      expect(said.title).toMatch(/\S/);
      expect(said.body).toMatch(/\S/);
      expect(said.fields).toEqual({
        title: expect.stringMatching(/\S/),
        status: expect.stringMatching(/\S/),
        time: expect.any(Number),
        note: expect.stringMatching(/\S/),
      });
      expect(said.consultationId ?? said.suggestionId ?? said.page).toBeDefined();
      expect(JSON.stringify(said)).not.toMatch(/undefined|\[object Object\]/);
    }
  });
});
