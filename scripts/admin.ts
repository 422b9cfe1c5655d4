import path from 'node:path';
import { parseArgs } from 'node:util';
import tcb from '@cloudbase/node-sdk';
import { STAFF_ROLES, STREET_KIND_LABELS, staffRoleLabel, type StaffRole } from '@shared';
import type { CommunityDoc, StreetDoc } from '../cloudfunctions/core/docs';
import { createCommunity } from '../cloudfunctions/core/member/createCommunity';
import { createStreet } from '../cloudfunctions/core/street/createStreet';
import { issueStaffInvite } from '../cloudfunctions/core/street/invites';
import { issueInvite } from '../cloudfunctions/core/member/invites';
import { cloudbaseStore } from '../cloudfunctions/core/store/cloudbase';
import { openNedbStore } from '../cloudfunctions/core/store/nedb';
import type { Store } from '../cloudfunctions/core/store/port';
import { PART_TITLES } from '../cloudfunctions/core/result/dossier';
import { verifyArchive } from '../cloudfunctions/core/result/verifyArchive';
import { listJobs, releasePush } from '../cloudfunctions/core/scheduler/jobs';
import { recordGrantCommunities } from '../cloudfunctions/core/notify/grantCommunities';
import { recountCommunity } from '../cloudfunctions/core/recount';
import { unlinkEarlierVotes } from '../cloudfunctions/core/voting/unlinkEarlierVotes';

/**
 * `npm run admin -- <command> [options]`: the platform operator's tool. It works on the local
 * embedded store (DATA_DIR, default .data/) or, with --cloudbase and TCB_ENV_ID / TCB_SECRET_ID /
 * TCB_SECRET_KEY set, on a CloudBase environment.
 *
 *   community:create --name 幸福里社区 --kind community|village [--parent 和平街道] [--notice-days 7]
 *   community:invite --id <communityId>     a new one-time committee invite code
 *   community:list
 *   street:create --name 和平街道 --kind street|township   its communities (--parent 和平街道) come under it
 *   street:invite --id <streetId> --role officer|inspector  a one-time staff code: 街道工作人员, or 民政／督查 (read only)
 *   street:list
 *   archive:verify <consultationId>       recomputes an archived record's SHA-256 against its seal
 *   jobs                                  background work not finished: push jobs, uncopied news, the outbox
 *   jobs:resume <announcementId>          frees a push job a dead run holds, for the next run to take
 *   counts:recount [--id <communityId>]   recounts what is kept as counts (core/recount.ts), one community or all
 *   upgrade                               after a deploy: brings records an earlier version wrote up to what this one reads
 */
const USAGE = `用法：
  npm run admin -- community:create --name <名称> --kind community|village [--parent <街道/乡镇>] [--notice-days <天数>]
  npm run admin -- community:invite --id <社区编号>
  npm run admin -- community:list
  npm run admin -- street:create --name <名称> --kind street|township
  npm run admin -- street:invite --id <街道编号> --role officer|inspector
  npm run admin -- street:list
  npm run admin -- archive:verify <议题编号>
  npm run admin -- jobs
  npm run admin -- jobs:resume <公告编号>
  npm run admin -- counts:recount [--id <社区编号>]
  npm run admin -- upgrade
加 --cloudbase 则操作 CloudBase 环境（需 TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY）。`;

async function openStore(cloud: boolean): Promise<Store> {
  if (!cloud) return openNedbStore(process.env.DATA_DIR ?? path.join(process.cwd(), '.data'));
  const { TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
  if (!TCB_ENV_ID || !TCB_SECRET_ID || !TCB_SECRET_KEY) throw new Error('需要环境变量 TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY');
  return cloudbaseStore(tcb.init({ env: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY }));
}

/** What `archive:verify` says; the exit status is 0 only for an intact record. */
async function verify(store: Store, id: string | undefined, log: (line: string) => void): Promise<number> {
  if (!id) throw new Error(USAGE);
  const result = await verifyArchive(store, id);
  if (result.status === 'not_archived') {
    log(`议题 ${id} 没有归档封存记录`);
    return 1;
  }
  if (result.status === 'intact') {
    log(`完好：议题 ${id} 的档案与封存时一致（SHA-256 ${result.hash}）`);
    return 0;
  }
  log(`已被改动：议题 ${id} 的档案与封存时不一致`);
  log(`  封存时 SHA-256 ${result.expected}`);
  log(`  现在   SHA-256 ${result.hash}`);
  log(`  改动的部分：${result.changedParts.map((p) => PART_TITLES[p]).join('、')}`);
  return 2;
}

const time = (t: number) => new Date(t).toISOString();

/** What `jobs` says; the exit status is 1 while anything is held by a lease or left uncopied, so a monitor can alert on it. */
async function jobs(store: Store, now: number, log: (line: string) => void): Promise<number> {
  const report = await listJobs(store, now);
  log(`推送任务未完成 ${report.pushes.length} 个`);
  for (const p of report.pushes) {
    const state = p.held ? '执行中或卡住（租约未到期）' : '等待下一轮';
    log(`  ${p.id}  ${p.kind}  ${time(p.at)}  已完成 ${p.chunks} 块，入队 ${p.queued} 条，游标 ${p.cursor || '（开头）'}  ${state}`);
  }
  log(`待复制的公告 ${report.carried.length} 个${report.carried.length ? `：${report.carried.join('、')}` : ''}`);
  log(`表决任务未完成 ${report.votes.length} 个`);
  for (const v of report.votes) {
    log(`  ${v.id}  ${v.job === 'preparing' ? `生成选民名单，已写入 ${v.done} 人` : `计票，已计 ${v.done} 张`}  始于 ${time(v.startedAt)}`);
  }
  log(`发件箱：待发 ${report.outbox.pending}，发送中 ${report.outbox.sending}，结果不明 ${report.outbox.unknown}`);
  return report.pushes.some((p) => p.held) || report.carried.length > 0 ? 1 : 0;
}

async function resume(store: Store, id: string | undefined, log: (line: string) => void): Promise<number> {
  if (!id) throw new Error(USAGE);
  if ((await releasePush(store, id)) === 0) {
    log(`没有未完成的推送任务：${id}`);
    return 1;
  }
  log(`已释放：${id} 将由下一轮 scheduler 从游标处继续推送（已入队的不会重复）`);
  return 0;
}

/** Recounts one community's kept counts, or every community's. */
async function recount(store: Store, id: string | undefined, log: (line: string) => void): Promise<number> {
  const communities = await store.find<CommunityDoc>('communities', id ? { _id: id } : {}, { sort: [{ field: 'createdAt', dir: 'asc' }] });
  if (id && communities.length === 0) throw new Error(`找不到社区：${id}`);
  for (const c of communities) {
    const { consultations, suggestions } = await recountCommunity(store, c._id);
    log(`已重新计数：${c.name}（名册各户、${consultations} 个未归档议题、${suggestions} 条待答复建议）`);
  }
  return 0;
}

/** street:create, street:invite and street:list. */
async function streetCommand(
  store: Store,
  command: string,
  values: { name?: string; kind?: string; id?: string; role?: string },
  now: number,
  log: (line: string) => void,
) {
  if (command === 'street:create') {
    const { street, adopted } = await createStreet(store, { name: values.name ?? '', kind: values.kind as StreetDoc['kind'] }, now);
    log(`已创建：${street.name}（${STREET_KIND_LABELS[street.kind]}，编号 ${street._id}）；所辖社区／村 ${adopted} 个`);
    log(`下一步：npm run admin -- street:invite --id ${street._id} --role officer`);
  } else if (command === 'street:invite') {
    const street = values.id ? await store.get<StreetDoc>('streets', values.id) : null;
    if (!street) throw new Error(`找不到街道／乡镇：${values.id ?? '（未指定 --id）'}`);
    if (!STAFF_ROLES.includes(values.role as StaffRole)) throw new Error('--role 须为 officer（工作人员）或 inspector（民政／督查，只读）');
    const role = values.role as StaffRole;
    log(`${street.name} 的${staffRoleLabel(role, street.kind)}邀请码：${await issueStaffInvite(store, street._id, role, now)}（仅可使用一次）`);
  } else {
    for (const s of await store.find<StreetDoc>('streets', {}, { sort: [{ field: 'createdAt', dir: 'asc' }] })) {
      const communities = await store.find<CommunityDoc>('communities', { streetId: s._id }, { sort: [{ field: 'name', dir: 'asc' }] });
      log(`${s._id}  ${s.name}（${STREET_KIND_LABELS[s.kind]}）  所辖：${communities.map((c) => c.name).join('、') || '（暂无）'}`);
    }
  }
  return 0;
}

/** Runs one command; resolves to the process's exit status. */
export async function runAdmin(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      kind: { type: 'string' },
      parent: { type: 'string' },
      'notice-days': { type: 'string' },
      id: { type: 'string' },
      role: { type: 'string' },
      cloudbase: { type: 'boolean', default: false },
    },
  });
  const [command, argument] = positionals;
  if (
    !command ||
    ![
      'community:create',
      'community:invite',
      'community:list',
      'street:create',
      'street:invite',
      'street:list',
      'archive:verify',
      'jobs',
      'jobs:resume',
      'counts:recount',
      'upgrade',
    ].includes(command)
  )
    throw new Error(USAGE);
  const store = await openStore(values.cloudbase ?? false);
  try {
    const now = Date.now();
    if (command === 'archive:verify') return await verify(store, argument ?? values.id, log);
    if (command === 'jobs') return await jobs(store, now, log);
    if (command === 'jobs:resume') return await resume(store, argument ?? values.id, log);
    if (command === 'counts:recount') return await recount(store, values.id, log);
    if (command.startsWith('street:')) return await streetCommand(store, command, values, now, log);
    if (command === 'upgrade') {
      // Grants before counts: each step is safe to run again, so a stopped upgrade is run again whole.
      log(`订阅授权补记社区：${await recordGrantCommunities(store)} 条`);
      const { unlinked, archived } = await unlinkEarlierVotes(store, now);
      log(`无记名表决清除选择：${unlinked} 轮${archived.length ? `；已归档未改动（档案校验码含原选票）：${archived.join('、')}` : ''}`);
      return await recount(store, undefined, log);
    }
    if (command === 'community:create') {
      const { community, committeeCode } = await createCommunity(
        store,
        {
          name: values.name ?? '',
          kind: values.kind as CommunityDoc['kind'],
          parentName: values.parent,
          defaultNoticeDays: values['notice-days'] === undefined ? undefined : Number(values['notice-days']),
        },
        now,
      );
      log(`已创建：${community.name}（编号 ${community._id}）`);
      log(`居民邀请码：${community.inviteCode}（长期有效，可印成二维码张贴）`);
      log(`委员会邀请码：${committeeCode}（仅可使用一次：用它加入的人成为本社区第一位委员会成员）`);
    } else if (command === 'community:invite') {
      const community = values.id ? await store.get<CommunityDoc>('communities', values.id) : null;
      if (!community) throw new Error(`找不到社区：${values.id ?? '（未指定 --id）'}`);
      log(`${community.name} 的新委员会邀请码：${await issueInvite(store, community._id, 'committee', now)}（仅可使用一次）`);
    } else {
      for (const c of await store.find<CommunityDoc>('communities', {}, { sort: [{ field: 'createdAt', dir: 'asc' }] })) {
        log(`${c._id}  ${c.name}（${c.kind === 'village' ? '村' : '社区'}）  居民邀请码 ${c.inviteCode}  委员会成员 ${c.committeeCount} 人`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runAdmin(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (e) => {
      console.error((e as Error).message);
      process.exit(1);
    },
  );
}
