import { createHash } from 'node:crypto';
import { DOCUMENT_TYPES, type Role } from '@shared';
import type { UseCaseContext } from '../context';

/**
 * Who may read a stored file, decided by the record that holds it:
 * - `anyone`: what the record shows the public (results, progress, the completion);
 * - `notice`: a plan's 附件, read by the committee while the plan is a draft and by anyone once its
 *   notice is out, so the file follows its consultation without a write at publication;
 * - `community`: the members of the file's community (the photos of opinions and suggestions);
 * - `roles`: private evidence and exports — the members of those roles in the file's community,
 *   and the people the record concerns (a 委托书 its elector, a written opinion its author).
 */
export type FileReaders =
  | { kind: 'anyone' }
  | { kind: 'notice'; consultationId: string }
  | { kind: 'community' }
  | { kind: 'roles'; roles: Role[]; people: string[] }
  /** A street's staff, either role: the street's own exports (reports to 民政). */
  | { kind: 'street'; streetId: string };

/**
 * What the store knows of a file: whose it is, where it belongs and what it is. Its type is fixed
 * here, from the checked bytes at upload (or the system's own export), and is what it is served as.
 */
export interface FileDoc {
  _id: string;
  fileId: string;
  communityId: string;
  /** The member who uploaded it (or asked for the export). */
  uploaderId: string;
  size: number;
  contentType: string;
  at: number;
  /** False until a record holds it; until then only its uploader reads it. */
  attached: boolean;
  readers?: FileReaders;
}

/** The committee and the supervisory committee: who oversee meetings, counts and archives. */
export const OVERSEERS: Role[] = ['committee', 'supervisor'];

/** A file's record is keyed by a hash of its id: CloudBase file ids hold `/`, which a document id may not. */
export const fileKey = (fileId: string): string => 'f' + createHash('sha256').update(fileId).digest('hex').slice(0, 32);

/** What a stored file is served as, by the extension it was stored under once its bytes were checked. */
export const STORED_TYPES = {
  ...(Object.fromEntries(Object.entries(DOCUMENT_TYPES).map(([ext, t]) => [ext, t.mime])) as Record<keyof typeof DOCUMENT_TYPES, string>),
  html: 'text/html; charset=utf-8',
};

/** Records a document the system made for a street's staff member (a report), readable by that street's staff. */
export async function recordStreetExport(
  ctx: UseCaseContext,
  file: { fileId: string; size: number },
  by: { staffId: string; streetId: string },
): Promise<void> {
  const doc: FileDoc = {
    _id: fileKey(file.fileId),
    fileId: file.fileId,
    // Not a community's: the street's id stands where a community's would, so no member ever reads it as theirs.
    communityId: by.streetId,
    uploaderId: by.staffId,
    size: file.size,
    contentType: STORED_TYPES.xlsx,
    at: ctx.now,
    attached: true,
    readers: { kind: 'street', streetId: by.streetId },
  };
  await ctx.store.insert('files', doc);
}

/** Records a document the system made for a member (an export), readable by `roles` of their community. */
export async function recordExport(
  ctx: UseCaseContext,
  file: { fileId: string; ext: 'xlsx' | 'html'; size: number },
  by: { memberId: string; communityId: string },
  roles: Role[],
): Promise<void> {
  const doc: FileDoc = {
    _id: fileKey(file.fileId),
    fileId: file.fileId,
    communityId: by.communityId,
    uploaderId: by.memberId,
    size: file.size,
    contentType: STORED_TYPES[file.ext],
    at: ctx.now,
    attached: true,
    readers: { kind: 'roles', roles, people: [] },
  };
  await ctx.store.insert('files', doc);
}
