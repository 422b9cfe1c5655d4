import { ARCHIVE_PARTS, EMPTY_PART_HASH, hashRecord, readArchiveRecord, type ArchivePart } from './archiveRecord';
import type { ArchiveDoc } from '../docs';
import type { Store } from '../store/port';

export type Verification =
  { status: 'intact'; hash: string } | { status: 'altered'; hash: string; expected: string; changedParts: ArchivePart[] } | { status: 'not_archived' };

/** Recomputes an archived record's hash from the store and compares it with the seal. */
export async function verifyArchive(store: Store, consultationId: string): Promise<Verification> {
  const seal = await store.get<ArchiveDoc>('archives', consultationId);
  if (!seal) return { status: 'not_archived' };
  const { hash, parts } = hashRecord(await readArchiveRecord(store, consultationId));
  if (hash === seal.hash) return { status: 'intact', hash };
  return { status: 'altered', hash, expected: seal.hash, changedParts: ARCHIVE_PARTS.filter((p) => parts[p] !== (seal.partHashes[p] ?? EMPTY_PART_HASH)) };
}
