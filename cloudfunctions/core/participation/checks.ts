import { DomainError, OPINION_LIMITS, PHOTO_TYPES, type Moderation } from '@shared';
import type { UseCaseContext } from '../context';
import { attachFiles, type FileHolder } from '../files/attachFiles';

/**
 * Every photo must exist, be a real image of an accepted type and within the size limit; then
 * it is the holder's, read by the holder's readers.
 */
export async function checkPhotos(ctx: UseCaseContext, fileIds: string[], holder: FileHolder): Promise<void> {
  const found = await Promise.all(fileIds.map((id) => ctx.files.inspect(id)));
  found.forEach((file, i) => {
    const n = `第${i + 1}张照片`;
    if (!file) throw new DomainError('FILE_REJECTED', `${n}不存在或已失效，请重新上传`);
    if (!file.contentType || !(PHOTO_TYPES as readonly string[]).includes(file.contentType)) {
      throw new DomainError('FILE_REJECTED', `${n}不是 JPG、PNG 或 WebP 格式的图片`);
    }
    if (file.size > OPINION_LIMITS.photoMaxBytes) throw new DomainError('FILE_REJECTED', `${n}超过5MB`);
  });
  await attachFiles(ctx, fileIds, holder);
}

/** Text shown to others goes through the content check: shown now, held for review, or refused. */
export async function moderationFor(ctx: UseCaseContext, text: string): Promise<Moderation> {
  const verdict = await ctx.contentCheck.check({ text, openid: ctx.caller.openid });
  if (verdict === 'risky') throw new DomainError('CONTENT_REJECTED');
  return verdict === 'review' ? 'review' : 'visible';
}
