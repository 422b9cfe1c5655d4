/** Building blocks of the action schemas that several functions use (importing it sets zod's messages in plain Chinese). */
import { z } from 'zod';
import { FileIdSchema as FileId } from '../../files/fileSchema';
import { version } from '../../schema/bounds';
import { plainIssue } from '../../schema/plainIssues';

// Messages the schemas do not set themselves still reach the user in plain Chinese.
z.config({ localeError: plainIssue });

export const Empty = z.strictObject({});
export const Id = z.string().min(1, '缺少编号').max(64, '编号格式有误');
/** A phone may retry a write; the same request id never creates a second record. */
export const RequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式有误');
export const Version = version();
export const Reason = z.string().trim().max(500, '原因不能超过500个字');
export const Page = z.number().int().min(0).max(10_000).optional();
/** A calendar day as YYYY-MM-DD that the calendar has (2026-02-30 is refused). */
export const DayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不对，应写成“2026-01-31”这样')
  // zod runs the refinement even when the pattern failed: a string that is no date must not throw here.
  .refine((d) => {
    const day = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === d;
  }, '没有这一天');
export const Photos = (max: number) => z.array(FileId).max(max, `照片最多${max}张`);
export const NamedPerson = (label: string) => z.string().trim().min(1, `请填写${label}`).max(30, `${label}姓名过长`);
