import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MemberDoc } from '../../cloudfunctions/core/docs';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { addGrant } from '../../cloudfunctions/core/notify/grants';
import { pushAnnouncements } from '../../cloudfunctions/core/scheduler/pushAnnouncements';
import { deliverNotifications } from '../../cloudfunctions/core/scheduler/deliverNotifications';
import { remindBeforeMeeting } from '../../cloudfunctions/core/scheduler/remindBeforeMeeting';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { completePlan, NOW } from '../support/harness';

/**
 * Notices out, on the embedded store: publishing a notice to a community of 20 and of 2,000
 * members (one announcement, whatever the size), the push job queueing a message for the half
 * of them subscribed and the sender draining it, and the meeting reminder over 2,000.
 */
const SIZES = [20, 2000];

const ms = (t: number) => `${t.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await work();
  return [value, performance.now() - t];
}

async function communityOf(size: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-bench-notices-'));
  const services = await openEmbedded(dir);
  const { community, committeeCode } = await createCommunity(services.store, { name: `${size}人社区`, kind: 'community' }, NOW);
  const call = async (action: string, payload: unknown, now = NOW) => {
    const fn = action.startsWith('member.') ? FUNCTIONS.member : FUNCTIONS.consultation;
    const res = await runFunction(fn, { action, payload }, { ...services, openid: 'bench-committee', now });
    if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
    return res.data as { id: string; version: number };
  };
  await call('member.join', { code: committeeCode, name: '韩梅', address: { building: '1号楼', unit: '1单元', room: '101' }, tenure: 'owner' });
  const members: MemberDoc[] = Array.from({ length: size - 1 }, (_, i) => ({
    _id: `bench-m-${i}`,
    openid: `bench-o-${i}`,
    communityId: community._id,
    name: `居民${i}`,
    role: 'resident',
    status: 'active',
    version: 1,
    address: { building: `${1 + (i % 20)}号楼`, unit: '1单元', room: String(101 + i) },
    tenure: 'owner',
    requestedAt: NOW,
    joinedAt: NOW,
  }));
  await services.store.insertMany('members', members);
  return { dir, services, call, members };
}

export async function benchNotices() {
  console.log('通知（嵌入式存储）：');
  const publishTimes: number[] = [];
  for (const size of SIZES) {
    const { dir, services, call, members } = await communityOf(size);
    for (const m of members.filter((_, i) => i % 2 === 0)) await addGrant(services.store, m, 'notice', NOW);
    const draft = await call('consultation.createDraft', { requestId: `bench-notice-${size}`, plan: completePlan(14) });
    const [, publish] = await timed(() => call('consultation.publishNotice', { id: draft.id, version: draft.version }));
    publishTimes.push(publish);
    const fail = (e: unknown) => {
      throw e;
    };
    let runs = 0;
    let items = 0;
    const [, deliver] = await timed(async () => {
      // The push job queues a message for each grant holder; the sender delivers them, run after run.
      do {
        items += (await pushAnnouncements({ ...services, now: NOW }, fail)).queued;
        await deliverNotifications({ ...services, now: NOW }, fail);
        runs++;
      } while (
        (await services.store.count('notifications', { state: 'pending' })) > 0 ||
        (await services.store.count('announcements', { 'push.state': 'pending' })) > 0
      );
    });
    const sent = await services.store.count('localMessages', {});
    const startsAt = NOW + 14 * 86_400_000;
    const [, remind] = await timed(() =>
      remindBeforeMeeting({ ...services, now: startsAt - 3_600_000 }, (e) => {
        throw e;
      }),
    );
    console.log(
      `  ${String(size).padStart(5)} 人：发布公告 ${ms(publish)}（${items} 条推送），发送 ${ms(deliver)}（${runs} 轮，${sent} 条已发，每条 ${ms(deliver / items)}），会前提醒 ${ms(remind)}`,
    );
    await services.store.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`  比值 ratio: 发布公告 ${SIZES[1]}/${SIZES[0]} 人 ${(publishTimes[1] / publishTimes[0]).toFixed(1)}×`);
}
