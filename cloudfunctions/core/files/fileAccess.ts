import type { Store } from '../store/port';
import type { ConsultationDoc, MemberDoc, StaffDoc } from '../docs';
import { fileKey, type FileDoc, type FileReaders } from './fileRecords';

export type FileAccess = { ok: true; file: FileDoc } | { ok: false; status: 403 | 404; message: string };

const MISSING: FileAccess = { ok: false, status: 404, message: '文件不存在' };

/**
 * Whether the caller (the platform's openid, or null for nobody) may download a stored file: the
 * uploader always; else who the record holding it lets read it. At most three reads by id or by a
 * unique key — the file, the caller's membership, and for a plan's 附件 its consultation —
 * however large the community.
 */
export async function fileAccess(store: Store, fileId: string, openid: string | null): Promise<FileAccess> {
  const file = await store.get<FileDoc>('files', fileKey(fileId));
  if (!file || file.fileId !== fileId) return MISSING;
  const ok: FileAccess = { ok: true, file };
  const readers = file.attached ? file.readers : undefined;
  if (readers?.kind === 'anyone') return ok;
  if (readers?.kind === 'notice') {
    const consultation = await store.get<ConsultationDoc>('consultations', readers.consultationId);
    if (consultation?.noticePublishedAt !== undefined) return ok;
  }
  if (!openid) return { ok: false, status: 403, message: '请先登录后再查看此文件' };
  if (readers?.kind === 'street') {
    const [staff] = await store.find<StaffDoc>('staff', { openid }, { limit: 1 });
    return staff?.streetId === readers.streetId ? ok : { ok: false, status: 403, message: '您无权查看此文件' };
  }
  const [member] = await store.find<MemberDoc>('members', { openid }, { limit: 1 });
  return member && mayRead(file, readers, member) ? ok : { ok: false, status: 403, message: '您无权查看此文件' };
}

function mayRead(file: FileDoc, readers: FileReaders | undefined, member: MemberDoc): boolean {
  if (member._id === file.uploaderId) return true;
  if (!readers || member.communityId !== file.communityId) return false;
  const active = member.status === 'active';
  switch (readers.kind) {
    case 'anyone':
      return true;
    case 'notice':
      return active && member.role === 'committee';
    case 'community':
      // Those who read the community's lists: approved members, and those whose request waits.
      return active || member.status === 'pending';
    case 'roles':
      return (active && readers.roles.includes(member.role)) || readers.people.includes(member._id);
    case 'street':
      return false;
  }
}
