import { z } from 'zod';
import { ATTACHMENT_LIMITS } from './documents';
import { safeFileName } from './fileName';

/** The zod schemas of uploaded files, kept apart from documents.ts so the client can use that without zod. */

/** A file the client uploaded first (CloudBase fileID, or the local host's id). */
export const FileIdSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(cloud:\/\/|local:)/, '文件编号有误');

/**
 * 附件 as the client sends them: the uploaded file and the name it was picked under. Size, type
 * and hash are never taken from the client; the server reads them from the stored bytes.
 */
export const AttachmentsSchema = z
  .array(
    z.strictObject({
      fileId: FileIdSchema,
      name: z
        .string()
        .trim()
        .min(1, '附件缺少名称')
        .max(ATTACHMENT_LIMITS.nameMax, `附件名称不能超过${ATTACHMENT_LIMITS.nameMax}个字`)
        .transform((name) => safeFileName(name, ATTACHMENT_LIMITS.nameMax)),
    }),
  )
  .max(ATTACHMENT_LIMITS.perPost, `附件最多${ATTACHMENT_LIMITS.perPost}个`)
  .refine((list) => new Set(list.map((a) => a.fileId)).size === list.length, '同一个附件添加了两次');
export type AttachmentInput = z.infer<typeof AttachmentsSchema>[number];
