import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import { fileKey, type FileDoc, type FileReaders } from './fileRecords';

/** A record taking files: the member attaching them, and who may read them from then on. */
export interface FileHolder {
  by: string;
  readers: FileReaders;
}

/**
 * The files take the readers of the record that holds them. Only their uploader may attach them,
 * once: a link to someone else's private photo cannot be made public by putting it on one's own
 * opinion. A retried request finds them already attached by the same member and changes nothing.
 * A file with no record passes: CloudBase files go from the phone straight to cloud storage and
 * are shown only through the use cases' temporary URLs.
 */
export async function attachFiles(ctx: UseCaseContext, fileIds: string[], { by, readers }: FileHolder): Promise<void> {
  if (fileIds.length === 0) return;
  const keys = [...new Set(fileIds.map(fileKey))];
  const changed = await ctx.store.update('files', { _id: { $in: keys }, uploaderId: by, attached: false }, { set: { attached: true, readers } });
  if (changed === keys.length) return;
  const records = await ctx.store.find<FileDoc>('files', { _id: { $in: keys } });
  if (records.some((f) => f.uploaderId !== by)) throw new DomainError('FILE_REJECTED', '文件不存在或已失效，请重新上传');
}
