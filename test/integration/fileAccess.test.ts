import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UPLOAD_QUOTAS } from '@shared';
import { startLocalHost, type LocalHost } from '../../cloudfunctions/local/server';
import { makePdf } from '../support/documents';
import { completePlan, LIN, LI, NEWCOMER, NOW, PNG, QIAN, VISITOR, WANG, ZHANG, ZHAO, ZHENG } from '../support/harness';

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const YANG = 'demo-yang-lei';

let dataDir: string;
let host: LocalHost;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-files-'));
  host = await startLocalHost({ dataDir, demo: true, clock: () => NOW });
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const as = (persona?: string): Record<string, string> => (persona ? { 'x-demo-persona': persona } : {});

async function fn<T = never>(
  persona: string,
  name: string,
  action: string,
  payload: unknown,
): Promise<{ ok: true; data: T } | { ok: false; code: string; message: string }> {
  const res = await fetch(`${host.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as(persona) },
    body: JSON.stringify({ action, payload }),
  });
  return res.json();
}
async function ok<T>(persona: string, name: string, action: string, payload: unknown): Promise<T> {
  const res = await fn<T>(persona, name, action, payload);
  if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
  return res.data;
}

type Upload = { ok: true; data: { fileId: string } } | { ok: false; code: string; message: string };
const upload = (persona: string | undefined, bytes: Buffer, name?: string): Promise<Upload> =>
  fetch(`${host.url}/files${name ? `?name=${encodeURIComponent(name)}` : ''}`, { method: 'POST', headers: as(persona), body: new Uint8Array(bytes) }).then(
    (r) => r.json(),
  );
async function uploaded(persona: string, bytes: Buffer = PNG, name?: string): Promise<string> {
  const res = await upload(persona, bytes, name);
  if (!res.ok) throw new Error(`upload: ${res.code} ${res.message}`);
  return res.data.fileId;
}

/** A download by the file's link, as `persona` (or nobody). */
const download = (link: string, persona?: string) => fetch(`${host.url}${link}`, { headers: as(persona) });
const linkOf = (fileId: string) => `/files/${fileId.slice('local:'.length)}`;
const statusOf = async (link: string, persona?: string) => (await download(link, persona)).status;

const memberIdOf = async (openid: string) => (await host.store.find<{ _id: string }>('members', { openid }))[0]._id;
const parking = async () =>
  (await ok<{ upcoming: { id: string; title: string }[] }>(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!
    .id;
let requestNo = 0;
const requestId = () => `req-files-${String(++requestNo).padStart(4, '0')}`;
const opinion = (consultationId: string, photos: string[], channel: 'online' | 'written' = 'online') => ({
  consultationId,
  requestId: requestId(),
  stance: 'support',
  text: '建议东侧空地划线停车。',
  photos,
  channel,
});

/** A PNG as large as a phone's photo may be: the checks read its signature and its size. */
const photoOf = (bytes: number) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length)]);

describe('downloads by right, not by link', () => {
  it('gives the committee its full-name ledger export, and not a resident or the supervisory committee who has the link', async () => {
    const file = await ok<{ url: string; fileName: string }>(WANG, 'suggestion', 'suggestion.export', {});
    expect(await statusOf(file.url, ZHANG)).toBe(403);
    expect(await statusOf(file.url, ZHAO)).toBe(403);
    expect(await statusOf(file.url, ZHENG)).toBe(403);
    expect(await statusOf(file.url)).toBe(403);
    const refused = await download(file.url, ZHANG);
    expect(await refused.text()).toBe('您无权查看此文件');
    const mine = await download(file.url, WANG);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(await statusOf(file.url, LI)).toBe(200);
    // The supervisory committee's own copy is masked: the committee may read it too, a resident not.
    const masked = await ok<{ url: string }>(ZHAO, 'suggestion', 'suggestion.export', {});
    expect([await statusOf(masked.url, ZHAO), await statusOf(masked.url, WANG), await statusOf(masked.url, ZHANG)]).toEqual([200, 200, 403]);
  });

  it("shows a paper opinion's original to the committee and the member it concerns, never to another resident or community", async () => {
    const id = await parking();
    const evidence = await uploaded(WANG);
    await ok(WANG, 'participation', 'opinion.recordOnBehalf', {
      consultationId: id,
      requestId: requestId(),
      memberId: await memberIdOf(ZHANG),
      channel: 'written',
      stance: 'support',
      text: '书面意见：同意。',
      evidence: [evidence],
    });
    const link = linkOf(evidence);
    expect([await statusOf(link, ZHANG), await statusOf(link, WANG), await statusOf(link, LI)]).toEqual([200, 200, 200]);
    expect([await statusOf(link, CHEN), await statusOf(link, ZHAO), await statusOf(link, ZHENG), await statusOf(link, QIAN), await statusOf(link)]).toEqual([
      403, 403, 403, 403, 403,
    ]);
  });

  it("keeps a written opinion's signed paper to its author and the committee, and shows an online opinion's photos to the community", async () => {
    const id = await parking();
    const paper = await uploaded(ZHANG);
    await ok(ZHANG, 'participation', 'opinion.submit', opinion(id, [paper], 'written'));
    expect([await statusOf(linkOf(paper), ZHANG), await statusOf(linkOf(paper), LI), await statusOf(linkOf(paper), CHEN)]).toEqual([200, 200, 403]);

    const photo = await uploaded(CHEN);
    await ok(CHEN, 'participation', 'opinion.submit', opinion(id, [photo]));
    // As the opinions list shows it: to the community's members, a waiting request included.
    expect([await statusOf(linkOf(photo), ZHANG), await statusOf(linkOf(photo), LIN)]).toEqual([200, 200]);
    expect([await statusOf(linkOf(photo), QIAN), await statusOf(linkOf(photo), VISITOR), await statusOf(linkOf(photo))]).toEqual([403, 403, 403]);
  });

  it('keeps an upload no record holds to its uploader, and lets no one else put it, or a private photo, on their own record', async () => {
    const id = await parking();
    const mine = await uploaded(ZHANG);
    expect([await statusOf(linkOf(mine), ZHANG), await statusOf(linkOf(mine), CHEN), await statusOf(linkOf(mine), WANG)]).toEqual([200, 403, 403]);
    const before = await host.store.count('opinions', {});
    expect(await fn(CHEN, 'participation', 'opinion.submit', opinion(id, [mine]))).toEqual({
      ok: false,
      code: 'FILE_REJECTED',
      message: '文件不存在或已失效，请重新上传',
    });
    const paper = await uploaded(ZHANG);
    await ok(ZHANG, 'participation', 'opinion.submit', opinion(id, [paper], 'written'));
    expect(await fn(CHEN, 'participation', 'opinion.submit', opinion(id, [paper]))).toMatchObject({ ok: false, code: 'FILE_REJECTED' });
    expect(await host.store.count('opinions', {})).toBe(before + 1);
    expect(await statusOf(linkOf(paper), CHEN)).toBe(403);
  });

  it("shows a draft plan's 附件 to the committee only, and to anyone once the notice is out", async () => {
    const fileId = await uploaded(WANG, makePdf('draft'), '公约草案.pdf');
    const draft = await ok<{ id: string; version: number }>(WANG, 'consultation', 'consultation.createDraft', {
      requestId: requestId(),
      plan: { ...completePlan(), attachments: [{ fileId, name: '公约草案.pdf' }] },
    });
    const link = linkOf(fileId);
    expect([await statusOf(link, LI), await statusOf(link, ZHANG), await statusOf(link)]).toEqual([200, 403, 403]);
    await ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
    const served = await download(`${link}?name=${encodeURIComponent('公约草案.pdf')}`);
    expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'application/pdf', 'nosniff']);
    expect(await statusOf(link, QIAN)).toBe(200);
  });

  it('says nosniff on every file answer, refusals and missing files included', async () => {
    for (const res of [
      await download(`/files/${'0'.repeat(32)}.png`, ZHANG),
      await download('/files/nothing-here', ZHANG),
      await download(linkOf(await uploaded(ZHANG)), CHEN),
    ]) {
      expect([res.status === 404 || res.status === 403, res.headers.get('x-content-type-options')]).toEqual([true, 'nosniff']);
    }
  });
});

describe('uploads by members, within the day quota', () => {
  const stored = async () => [(await readdir(path.join(dataDir, 'files')).catch(() => [])).length, await host.store.count('files', {})];

  it('refuses anyone who is not an approved member, and keeps nothing', async () => {
    const before = await stored();
    for (const persona of [NEWCOMER, VISITOR, LIN]) {
      expect(await upload(persona, PNG)).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    }
    expect(await upload(LIN, PNG)).toEqual({ ok: false, code: 'NOT_MEMBER', message: '您的入社申请正在审核中，审核通过后才能参与' });
    expect(await stored()).toEqual(before);
  });

  it("refuses a resident's upload past the day's count, counting no refused file, and takes them again the next day", async () => {
    const { files } = UPLOAD_QUOTAS.member;
    expect(await upload(CHEN, Buffer.from('<svg onload="alert(1)"/>'))).toMatchObject({ ok: false, code: 'FILE_REJECTED' });
    for (let i = 0; i < files; i++) await uploaded(CHEN);
    expect(await upload(CHEN, PNG)).toEqual({ ok: false, code: 'FILE_REJECTED', message: '今天上传的文件已达上限（每天30个、共60 MB），请明天再上传' });
    expect(await upload(ZHANG, PNG)).toMatchObject({ ok: true });

    await host.close();
    host = await startLocalHost({ dataDir, demo: true, clock: () => NOW + 86_400_000 });
    expect(await upload(CHEN, PNG)).toMatchObject({ ok: true });
  });

  it("refuses a resident's upload past the day's bytes", async () => {
    const photo = photoOf(4.9 * 1024 * 1024);
    const fit = Math.floor(UPLOAD_QUOTAS.member.bytes / photo.length);
    for (let i = 0; i < fit; i++) await uploaded(LIU, photo);
    expect(await upload(LIU, photo)).toMatchObject({ ok: false, code: 'FILE_REJECTED', message: expect.stringContaining('已达上限') });
    expect(await upload(LIU, PNG)).toMatchObject({ ok: true });
  });

  it('never lets uploads at once pass the quota together', async () => {
    const { files } = UPLOAD_QUOTAS.member;
    const results = await Promise.all(Array.from({ length: files + 15 }, () => upload(YANG, PNG)));
    expect(results.filter((r) => r.ok)).toHaveLength(files);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.message.includes('已达上限'))).toBe(true);
    expect(await host.store.count('files', { uploaderId: await memberIdOf(YANG) })).toBe(files);
    const [quota] = await host.store.find<{ _id: string; files: number; bytes: number }>('uploadQuotas', { memberId: await memberIdOf(YANG) });
    expect([quota.files, quota.bytes]).toEqual([files, files * PNG.length]);
  });
});
