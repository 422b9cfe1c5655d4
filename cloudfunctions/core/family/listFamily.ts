import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { listRelatives } from './household';

/** 为家人代办: the caller's household members they may act for, and whether each uses the app. */
export const listFamily: UseCase<'participation', 'family.list'> = async (ctx) => {
  const who = await requireMember(ctx);
  const relatives = await listRelatives(ctx, who);
  return { members: relatives.map((r) => ({ entryId: r.entry._id, name: r.entry.name, onApp: r.member !== null })) };
};
