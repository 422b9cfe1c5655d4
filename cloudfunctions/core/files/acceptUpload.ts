import { uploadQuotaOf } from '@shared';
import type { UseCaseContext } from '../context';
import type { MemberDoc } from '../docs';
import { checkMember, findCaller } from '../access/requireMember';
import { fileKey, type FileDoc } from './fileRecords';
import { reserveUpload } from './uploadQuota';

/** The stored file as the storage wrote it: its id, and the type its checked bytes are. */
export interface Written {
  fileId: string;
  contentType: string;
}

/**
 * Who may upload: an approved member of a community, asked before a byte of the body is read.
 * Someone who joined nothing, or whose request still waits, gets NOT_MEMBER.
 */
export async function requireUploader(ctx: UseCaseContext): Promise<MemberDoc> {
  return checkMember(await findCaller(ctx));
}

/**
 * An upload (the local host's stand-in for wx.cloud.uploadFile): counted against the member's
 * quota for the day first, then written by `write` (which refuses what its bytes are not); a
 * refused file gives its share back. The file is recorded as the uploader's, readable by them
 * alone until a record holds it.
 */
export async function acceptUpload(ctx: UseCaseContext, uploader: MemberDoc, size: number, write: () => Promise<Written>): Promise<string> {
  const giveBack = await reserveUpload(ctx, uploader._id, size, uploadQuotaOf(uploader.role));
  let written: Written;
  try {
    written = await write();
  } catch (e) {
    await giveBack();
    throw e;
  }
  const doc: FileDoc = {
    _id: fileKey(written.fileId),
    fileId: written.fileId,
    communityId: uploader.communityId,
    uploaderId: uploader._id,
    size,
    contentType: written.contentType,
    at: ctx.now,
    attached: false,
  };
  await ctx.store.insert('files', doc);
  return written.fileId;
}
