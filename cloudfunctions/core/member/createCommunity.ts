import { randomUUID } from 'node:crypto';
import { COMMUNITY_KINDS } from '@shared';
import { parseAdminInput } from '../adminInput';
import { z } from 'zod';
import type { CommunityDoc } from '../docs';
import type { Store } from '../store/port';
import { REGISTER_COUNTING } from '../register/population';
import { issueInvite } from './invites';
import { streetNamed } from '../street/createStreet';
import { nowDoc } from '../oversight/adults';

const CommunityInputSchema = z.strictObject({
  name: z.string().trim().min(2, '社区名称至少2个字').max(40, '社区名称不能超过40个字'),
  kind: z.enum(COMMUNITY_KINDS, '类型须为 community（社区）或 village（村）'),
  parentName: z.string().trim().max(40).optional(),
  defaultNoticeDays: z.number().int().min(1).max(60).optional(),
});
export type CommunityInput = z.input<typeof CommunityInputSchema>;

export interface CreatedCommunity {
  community: CommunityDoc;
  /** Single use: whoever joins with it becomes the community's first committee member. */
  committeeCode: string;
}

/**
 * A platform operator opens a community: the standing resident invite code and a one-time
 * committee code are issued with it. Villages call meetings 10 days ahead by default (RULES.md).
 */
export async function createCommunity(store: Store, input: CommunityInput, now: number): Promise<CreatedCommunity> {
  const data = parseAdminInput(CommunityInputSchema, input);
  const _id = `cm-${randomUUID().slice(0, 8)}`;
  const inviteCode = await issueInvite(store, _id, 'resident', now);
  // Under its 街道／乡镇's record when there is one already; street:create adopts it otherwise.
  const street = await streetNamed(store, data.parentName);
  const community: CommunityDoc = {
    _id,
    name: data.name,
    kind: data.kind,
    ...(data.parentName ? { parentName: data.parentName } : {}),
    ...(street ? { streetId: street._id } : {}),
    settings: { defaultNoticeDays: data.defaultNoticeDays ?? (data.kind === 'village' ? 10 : 7), proxyLimit: 3 },
    inviteCode,
    committeeCount: 0,
    // An empty register, counted as it fills (register/population.ts).
    registerCounting: REGISTER_COUNTING,
    settingsVersion: 0,
    createdAt: now,
  };
  await store.insert('communities', community);
  // The street's figures of it now, refreshed daily by the scheduler (oversight/adults.ts).
  await store.insert('oversight', nowDoc(_id));
  const committeeCode = await issueInvite(store, _id, 'committee', now);
  return { community, committeeCode };
}
