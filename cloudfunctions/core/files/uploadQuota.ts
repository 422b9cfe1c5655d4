import { DomainError, formatBytes, toChinaDateTimeParts, type UploadQuota } from '@shared';
import type { UseCaseContext } from '../context';
import { takeWithin } from '../limits/allowance';

/** One member's uploads on one China day: one document, moved only by guarded increments. */
interface UploadQuotaDoc {
  _id: string;
  memberId: string;
  day: string;
  files: number;
  bytes: number;
}

/**
 * Takes one file of `size` bytes out of the member's quota for today, or refuses: one guarded
 * take of both counters (limits/allowance.ts), so uploads at once can never pass the limit
 * together. Returns how to give the share back when the file is then refused.
 */
export async function reserveUpload(ctx: UseCaseContext, memberId: string, size: number, quota: UploadQuota): Promise<() => Promise<void>> {
  const day = toChinaDateTimeParts(ctx.now).date;
  const _id = `${memberId}:${day}`;
  const taken = await takeWithin(ctx, 'uploadQuotas', _id, { files: 1, bytes: size }, { files: quota.files, bytes: quota.bytes }, {
    memberId,
    day,
  } satisfies Omit<UploadQuotaDoc, '_id' | 'files' | 'bytes'>);
  if (!taken) throw new DomainError('FILE_REJECTED', `今天上传的文件已达上限（每天${quota.files}个、共${formatBytes(quota.bytes)}），请明天再上传`);
  return async () => void (await ctx.store.update('uploadQuotas', { _id }, { inc: { files: -1, bytes: -size } }));
}
