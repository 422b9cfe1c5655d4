import {
  DOCUMENT_TYPES,
  DomainError,
  documentTypeOf,
  formatBytes,
  storedFileProblem,
  type Attachment,
  type AttachmentInput,
  type AttachmentView,
} from '@shared';
import type { UseCaseContext } from '../context';
import { attachFiles, type FileHolder } from './attachFiles';

/**
 * 附件 as the record keeps them: each file must exist and be what its name says (by its bytes,
 * within the size limit); size, type and hash come from the bytes. One already on the record
 * under the same kind of name is not downloaded again. Files are checked one after another so a
 * cloud function holds one document in memory at a time. The first problem refuses them all.
 * The new ones become the holder's, read by the holder's readers.
 */
export async function checkAttachments(ctx: UseCaseContext, inputs: AttachmentInput[], holder: FileHolder, onRecord: Attachment[] = []): Promise<Attachment[]> {
  const known = new Map(onRecord.map((a) => [a.fileId, a]));
  const checked: Attachment[] = [];
  for (const { fileId, name } of inputs) {
    const kept = known.get(fileId);
    if (kept && documentTypeOf(name) === kept.type) {
      checked.push({ ...kept, name });
      continue;
    }
    const file = await ctx.files.inspect(fileId);
    const problem = storedFileProblem(name, file);
    if (problem || !file) throw new DomainError('FILE_REJECTED', `附件${problem}`);
    checked.push({ fileId, name, size: file.size, type: documentTypeOf(name)!, sha256: file.sha256 });
  }
  await attachFiles(
    ctx,
    checked.filter((a) => !known.has(a.fileId)).map((a) => a.fileId),
    holder,
  );
  return checked;
}

/** The download name of each attachment, for `FileStore.urls`. */
export const namesOf = (attachments: Attachment[]) => Object.fromEntries(attachments.map((a) => [a.fileId, a.name]));

/** Attachments as residents see them, with the URLs already asked for. */
export function toAttachmentViews(attachments: Attachment[] | undefined, urls: Record<string, string>): AttachmentView[] {
  return (attachments ?? []).map((a) => ({
    id: a.fileId,
    name: a.name,
    type: a.type,
    typeLabel: DOCUMENT_TYPES[a.type].label,
    size: a.size,
    sizeLabel: formatBytes(a.size),
    url: urls[a.fileId] ?? '',
  }));
}

/** Attachments as residents see them, each opening under its own name. */
export async function attachmentViews(ctx: UseCaseContext, attachments: Attachment[] | undefined): Promise<AttachmentView[]> {
  if (!attachments?.length) return [];
  return toAttachmentViews(
    attachments,
    await ctx.files.urls(
      attachments.map((a) => a.fileId),
      namesOf(attachments),
    ),
  );
}
