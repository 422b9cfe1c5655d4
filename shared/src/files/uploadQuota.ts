import type { Role } from '../member/roles';

export interface UploadQuota {
  files: number;
  bytes: number;
}

const MB = 1024 * 1024;

/**
 * How much one member may upload in a China day. A resident's opinions and suggestions need a
 * few photos each: 30 files and 60 MB leave room for a busy day and stop one account filling the
 * storage. The committee photographs every paper ballot, 委托书 and 计票单 of a meeting, so its
 * bound is sized for a village's meeting day rather than for one person's words.
 * @internal The tests read it rather than repeat the figures.
 */
export const UPLOAD_QUOTAS: Record<'member' | 'committee', UploadQuota> = {
  member: { files: 30, bytes: 60 * MB },
  committee: { files: 1000, bytes: 3000 * MB },
};

export const uploadQuotaOf = (role: Role): UploadQuota => (role === 'committee' ? UPLOAD_QUOTAS.committee : UPLOAD_QUOTAS.member);
