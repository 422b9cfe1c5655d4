import { createHash } from 'node:crypto';
import { cloudbaseFileStore } from '../../cloudfunctions/core/files/cloudbaseFiles';
import { CODE_PAGE, WxaShareCodes } from '../../cloudfunctions/core/shareCodes/wxaShareCodes';
import { LINKS_PER_CALL, runAsOnTencentCloud, startCloudbaseStandIn, type CloudbaseStandIn } from '../support/cloudbaseStandIn';
import { makePdf, makeXlsx } from '../support/documents';

/**
 * CloudBase storage through the real @cloudbase/node-sdk: the upload metadata call, the PUT to
 * the COS URL it grants, the temporary-link call and the GET of a link all go to the local
 * stand-in (test/support/cloudbaseStandIn), which keeps the bytes and CloudBase's 50-a-call rule.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let standIn: CloudbaseStandIn;
let restoreEnv: () => void;

beforeAll(async () => {
  restoreEnv = runAsOnTencentCloud();
  standIn = await startCloudbaseStandIn({ envId: 'files-env', secretId: 'AKIDfiles', secretKey: 'files-key', collections: {} });
});
afterAll(async () => {
  await standIn.close();
  restoreEnv();
});

const linkCalls = (from: number) =>
  standIn.received
    .slice(from)
    .filter((r) => r.action === 'storage.batchGetDownloadUrl')
    .map((r) => (r.params.file_list as unknown[]).length);

describe('CloudBase storage through the SDK', () => {
  it('saves a document, then reads and inspects the very bytes it stored', async () => {
    const files = cloudbaseFileStore(standIn.app());
    const workbook = await makeXlsx();
    const fileId = await files.saveDocument(workbook, 'xlsx');
    expect(fileId).toMatch(/^cloud:\/\/files-env\.[^/]+\/archives\/[0-9a-f-]{36}\.xlsx$/);
    expect(standIn.file(fileId)).toEqual(workbook);
    expect(await files.read(fileId)).toEqual(workbook);
    expect(await files.inspect(fileId)).toEqual({ size: workbook.length, contentType: XLSX, sha256: createHash('sha256').update(workbook).digest('hex') });
  });

  it('links 120 files in calls of at most 50, and each link serves its own file', async () => {
    const app = standIn.app();
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) ids.push((await app.uploadFile({ cloudPath: `opinions/2026-11/p${i}.jpg`, fileContent: Buffer.from(`photo ${i}`) })).fileID);
    const before = standIn.received.length;
    const urls = await cloudbaseFileStore(app).urls([...ids, ids[0]]);
    expect(Object.keys(urls).sort()).toEqual([...ids].sort());
    expect(linkCalls(before).sort((a, b) => b - a)).toEqual([LINKS_PER_CALL, LINKS_PER_CALL, 20]);
    for (const i of [0, 77, 119]) expect(Buffer.from(await (await fetch(urls[ids[i]])).arrayBuffer()).toString()).toBe(`photo ${i}`);
  });

  it('finds nothing for a missing file, links none for it, and asks nothing for a foreign id', async () => {
    const files = cloudbaseFileStore(standIn.app());
    const kept = (await standIn.app().uploadFile({ cloudPath: 'attachments/2026-11/kept.pdf', fileContent: makePdf() })).fileID;
    const gone = kept.replace('kept.pdf', 'gone.pdf');
    expect(await files.read(gone)).toBeNull();
    expect(await files.inspect(gone)).toBeNull();
    expect(await files.urls([kept, gone])).toEqual({ [kept]: expect.stringContaining('sign=') });
    const before = standIn.received.length;
    expect(await files.read('local:0123.pdf')).toBeNull();
    expect(standIn.received.length).toBe(before);
  });

  it('fails loudly when CloudBase refuses the link call, rather than showing a page without its files', async () => {
    const kept = (await standIn.app().uploadFile({ cloudPath: 'opinions/2026-11/refused.jpg', fileContent: Buffer.from('x') })).fileID;
    await expect(cloudbaseFileStore(standIn.app('not-the-key')).urls([kept])).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
  });

  it("stores a consultation's mini-program code and links it (the openapi call itself is faked)", async () => {
    const image = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const openapi = { wxacode: { getUnlimited: async () => ({ buffer: image, contentType: 'image/png' }) } };
    const code = await new WxaShareCodes(standIn.app(), () => openapi).forConsultation('c123');
    expect(code.target).toBe(`${CODE_PAGE}?scene=c123`);
    expect(Buffer.from(await (await fetch(code.image)).arrayBuffer())).toEqual(image);
  });
});
