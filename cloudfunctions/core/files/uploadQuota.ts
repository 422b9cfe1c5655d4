import { DomainError, formatBytes, toChinaDateTimeParts, type UploadQuota } from '@shared';
import type { UseCaseContext } from '../context';
import { isStoreConflict } from '../store/port';

/** One member's uploads on one China day: one document, moved only by guarded increments. */
export interface UploadQuotaDoc {
  _id: string;
  memberId: string;
  day: string;
  files: number;
  bytes: number;
}

/**
 * Takes one file of `size` bytes out of the member's quota for today, or refuses. The increment is
 * guarded by what is left, so uploads at once can never pass the limit together; the day's first
 * upload creates the document, and a racing first finds it made and increments it.
 * Returns how to give the share back when the file is then refused.
 */
export async function reserveUpload(ctx: UseCaseContext, memberId: string, size: number, quota: UploadQuota): Promise<() => Promise<void>> {
  const day = toChinaDateTimeParts(ctx.now).date;
  const _id = `${memberId}:${day}`;
  const take = async () =>
    (await ctx.store.update('uploadQuotas', { _id, files: { $lte: quota.files - 1 }, bytes: { $lte: quota.bytes - size } }, { inc: { files: 1, bytes: size } })) === 1;
  const giveBack = async () => void (await ctx.store.update('uploadQuotas', { _id }, { inc: { files: -1, bytes: -size } }));
  if (await take()) return giveBack;
  if (size <= quota.bytes) {
    try {
      await ctx.store.insert<UploadQuotaDoc>('uploadQuotas', { _id, memberId, day, files: 1, bytes: size });
      return giveBack;
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
    }
  }
  if (await take()) return giveBack;
  throw new DomainError('FILE_REJECTED', `今天上传的文件已达上限（每天${quota.files}个、共${formatBytes(quota.bytes)}），请明天再上传`);
}
