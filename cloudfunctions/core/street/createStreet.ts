import { randomUUID } from 'node:crypto';
import { DomainError, STREET_KINDS } from '@shared';
import { z } from 'zod';
import { parseAdminInput } from '../adminInput';
import type { StreetDoc } from '../docs';
import { isStoreConflict, type Store } from '../store/port';

const StreetInputSchema = z.strictObject({
  name: z.string().trim().min(2, '街道／乡镇名称至少2个字').max(40, '街道／乡镇名称不能超过40个字'),
  kind: z.enum(STREET_KINDS, '类型须为 street（街道）或 township（乡镇）'),
});
export type StreetInput = z.input<typeof StreetInputSchema>;

export interface CreatedStreet {
  street: StreetDoc;
  /** The communities already naming it as their 街道／乡镇, now under it. */
  adopted: number;
}

/**
 * A platform operator opens a 街道／乡镇. The communities created naming it (`--parent`) come
 * under it at once, so a street made after its communities finds them.
 */
export async function createStreet(store: Store, input: StreetInput, now: number): Promise<CreatedStreet> {
  const data = parseAdminInput(StreetInputSchema, input);
  const street: StreetDoc = { _id: `st-${randomUUID().slice(0, 8)}`, name: data.name, kind: data.kind, createdAt: now };
  try {
    await store.insert('streets', street);
  } catch (e) {
    if (isStoreConflict(e)) throw new DomainError('CONFLICT', `已有名为${street.name}的街道／乡镇`);
    throw e;
  }
  const adopted = await store.update('communities', { parentName: street.name, streetId: { $ne: street._id } }, { set: { streetId: street._id } });
  return { street, adopted };
}

/** The street a community created with `--parent <name>` comes under, if there is one yet. */
export async function streetNamed(store: Store, name: string | undefined): Promise<StreetDoc | null> {
  if (!name) return null;
  const [street] = await store.find<StreetDoc>('streets', { name }, { limit: 1 });
  return street ?? null;
}
