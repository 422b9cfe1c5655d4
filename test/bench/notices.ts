import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MemberDoc } from '../../cloudfunctions/core/docs';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { createCommunity } from '../../cloudfunctions/core/membership/createCommunity';
import { addGrant } from '../../cloudfunctions/core/notify/grants';
import { deliverNotifications } from '../../cloudfunctions/core/scheduler/deliverNotifications';
import { remindBeforeMeeting } from '../../cloudfunctions/core/scheduler/remindBeforeMeeting';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { completePlan, NOW } from '../support/harness';

/**
 * Notices out, on the embedded store: publishing a notice to a community of 20 and of 2,000
 * members (each gets a feed item and an outbox item in the same call), the sender draining the
 * outbox with half of them subscribed, and the meeting reminder run over 2,000.
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
    const draft = await call('consultation.createDraft', { requestId: `bench-notice-${size}`, plan: completePlan(14) });
    const [, publish] = await timed(() => call('consultation.publishNotice', { id: draft.id, version: draft.version }));
    publishTimes.push(publish);
    const items = await services.store.count('notifications', {});
    for (const m of members.filter((_, i) => i % 2 === 0)) await addGrant(services.store, m._id, 'notice', NOW);
    let runs = 0;
    const [, deliver] = await timed(async () => {
      // One run takes at most SEND_PER_RUN; the timer's next runs take the rest.
      while ((await services.store.count('notifications', { state: 'pending' })) > 0) {
        await deliverNotifications({ ...services, now: NOW }, (e) => {
          throw e;
        });
        runs++;
      }
    });
    const sent = await services.store.count('localMessages', {});
    const startsAt = NOW + 14 * 86_400_000;
    const [, remind] = await timed(() => remindBeforeMeeting({ ...services, now: startsAt - 3_600_000 }, (e) => {
      throw e;
    }));
    console.log(
      `  ${String(size).padStart(5)} 人：发布公告 ${ms(publish)}（${items} 条待发），发送 ${ms(deliver)}（${runs} 轮，${sent} 条已发，每条 ${ms(deliver / items)}），会前提醒 ${ms(remind)}`,
    );
    await services.store.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`  比值 ratio: 发布公告 ${SIZES[1]}/${SIZES[0]} 人 ${(publishTimes[1] / publishTimes[0]).toFixed(1)}×`);
}
