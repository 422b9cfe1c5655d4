import { createHash } from 'node:crypto';
import { DAY_MS, type AttachmentInput } from '@shared';
import type { ConsultationDoc, ProgressDoc } from '../../cloudfunctions/core/docs';
import { verifyArchive } from '../../cloudfunctions/core/result/verifyArchive';
import { makeDocx, makeOle, makePdf, makeXlsx, placeUnchecked } from '../support/documents';
import { completePlan, openWorld, PNG, snapshot, VISITOR, WANG, ZHANG, type World } from '../support/harness';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

const CONVENTION = '停车管理公约（草案）.pdf';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const doc = async (id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;
let requestNo = 0;
const req = () => `req-attach-${String(++requestNo).padStart(4, '0')}`;
const draftWith = (attachments: AttachmentInput[]) =>
  w.call(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: { ...completePlan(), attachments } });
/** The link residents follow: the stored file, named for the download as the committee named it. */
const linkOf = (fileId: string, name: string) => `/files/${fileId.slice('local:'.length)}?name=${encodeURIComponent(name)}`;

describe('attachments on a plan', () => {
  it('takes a PDF, with size, type and hash from its bytes, and members and the public open it under its name', async () => {
    const pdf = makePdf('Parking convention, draft');
    const fileId = await w.files.putDocument(pdf, CONVENTION);
    const saved = await draftWith([{ fileId, name: CONVENTION }]);
    if (!saved.ok) throw new Error(saved.message);
    expect((await doc(saved.data.id)).plan.attachments).toEqual([{ fileId, name: CONVENTION, size: pdf.length, type: 'pdf', sha256: sha256(pdf) }]);
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.data.id, version: saved.data.version });

    const expected = [
      {
        id: fileId,
        name: CONVENTION,
        type: 'pdf',
        typeLabel: 'PDF',
        size: pdf.length,
        sizeLabel: expect.stringMatching(/^\d+(\.\d)? B$/),
        url: linkOf(fileId, CONVENTION),
      },
    ];
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: saved.data.id });
    expect(detail.consultation.attachments).toEqual(expected);
    // Someone of no community at all, from the notice board.
    const board = await w.ok(VISITOR, 'consultation', 'board.item', { id: saved.data.id });
    expect(board.consultation.attachments).toEqual(expected);
  });

  it('takes Word, Excel, legacy Office and images, each as the kind its name and bytes agree on', async () => {
    const files: [Buffer, string][] = [
      [makeDocx(), '公约草案.docx'],
      [await makeXlsx(), '费用测算.xlsx'],
      [makeOle(), '旧版方案.doc'],
      [makeOle(), '旧版预算.xls'],
      [PNG, '现场平面图.png'],
    ];
    const attachments = await Promise.all(files.map(async ([bytes, name]) => ({ fileId: await placeUnchecked(w.dir, bytes, name.split('.')[1]), name })));
    const saved = await draftWith(attachments);
    if (!saved.ok) throw new Error(saved.message);
    const detail = await w.ok(WANG, 'consultation', 'consultation.get', { id: saved.data.id });
    expect(detail.consultation.attachments.map((a) => [a.name, a.type, a.typeLabel])).toEqual([
      ['公约草案.docx', 'docx', 'Word'],
      ['费用测算.xlsx', 'xlsx', 'Excel'],
      ['旧版方案.doc', 'doc', 'Word'],
      ['旧版预算.xls', 'xls', 'Excel'],
      ['现场平面图.png', 'png', '图片'],
    ]);
  });

  it('refuses a renamed file, a missing one and an oversized one, naming it, and changes nothing', async () => {
    const saved = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: completePlan() });
    const before = await snapshot(w.store);
    // Stored unchecked, as a phone's upload to cloud storage is: the use case reads the bytes itself.
    const renamed = await placeUnchecked(w.dir, makeDocx(), 'pdf');
    const oversized = await placeUnchecked(w.dir, Buffer.concat([makePdf(), Buffer.alloc(20 * 1024 * 1024)]), 'pdf');
    const refusals: [AttachmentInput, string][] = [
      [{ fileId: renamed, name: '公约.pdf' }, '附件“公约.pdf”的内容不是PDF文件，请确认文件后重新上传'],
      [{ fileId: oversized, name: '扫描件.pdf' }, '附件“扫描件.pdf”超过20 MB，请压缩或拆分后再上传'],
      [{ fileId: `local:${'0'.repeat(32)}.pdf`, name: '会议纪要.pdf' }, '附件“会议纪要.pdf”不存在或已失效，请重新上传'],
      [
        { fileId: await w.files.putDocument(makePdf(), 'a.pdf'), name: '演示.pptx' },
        '附件“演示.pptx”的格式不支持：只能上传 PDF、Word、Excel 文件或图片（JPG、PNG、WebP）',
      ],
    ];
    const good = { fileId: await w.files.putDocument(makePdf(), CONVENTION), name: CONVENTION };
    for (const [bad, message] of refusals) {
      expect(await draftWith([good, bad])).toEqual({ ok: false, code: 'FILE_REJECTED', message });
      const update = await w.call(WANG, 'consultation', 'consultation.updateDraft', {
        id: saved.id,
        version: saved.version,
        plan: { ...completePlan(), attachments: [good, bad] },
      });
      expect(update).toEqual({ ok: false, code: 'FILE_REJECTED', message });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('refuses more than nine, or one file twice, before reading any', async () => {
    const one = { fileId: await w.files.putDocument(makePdf(), CONVENTION), name: CONVENTION };
    const ten = await Promise.all(Array.from({ length: 10 }, async (_, i) => ({ fileId: await w.files.putDocument(makePdf(), `${i}.pdf`), name: `${i}.pdf` })));
    const inspect = jest.spyOn(w.files, 'inspect');
    expect(await draftWith(ten)).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('附件最多9个') });
    expect(await draftWith([one, one])).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('同一个附件添加了两次') });
    expect(inspect).not.toHaveBeenCalled();
  });

  it('keeps what is already on the draft without reading it again, and drops what is left out', async () => {
    const first = { fileId: await w.files.putDocument(makePdf(), CONVENTION), name: CONVENTION };
    const saved = await draftWith([first]);
    if (!saved.ok) throw new Error(saved.message);
    const inspect = jest.spyOn(w.files, 'inspect');
    const renamed = { ...first, name: '停车管理公约（修改稿）.pdf' };
    const again = await w.ok(WANG, 'consultation', 'consultation.updateDraft', {
      id: saved.data.id,
      version: saved.data.version,
      plan: { ...completePlan(), attachments: [renamed] },
    });
    expect(inspect).not.toHaveBeenCalled();
    expect((await doc(saved.data.id)).plan.attachments).toEqual([expect.objectContaining({ ...renamed, type: 'pdf' })]);
    await w.ok(WANG, 'consultation', 'consultation.updateDraft', { id: saved.data.id, version: again.version, plan: completePlan() });
    expect((await doc(saved.data.id)).plan.attachments).toBeUndefined();
  });
});

describe('attachments on the outcome and progress posts', () => {
  let parking: string;
  let startsAt: number;
  beforeEach(async () => {
    parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
    startsAt = (await doc(parking)).plan.schedule!.startsAt!;
  });

  /** Consulting from its meeting time on (no opinions, so none unanswered). */
  async function consulting() {
    await w.tick(startsAt);
    return startsAt + 3_600_000;
  }

  it('refuses a renamed outcome attachment and closes nothing', async () => {
    const at = await consulting();
    const before = await snapshot(w.store);
    const renamed = await placeUnchecked(w.dir, makeDocx(), 'pdf');
    const res = await w.call(
      WANG,
      'result',
      'outcome.close',
      {
        id: parking,
        version: (await doc(parking)).version,
        text: '划设车位',
        responsible: '物业',
        dueAt: at + 30 * DAY_MS,
        attachments: [{ fileId: renamed, name: '纪要.pdf' }],
      },
      at,
    );
    expect(res).toEqual({ ok: false, code: 'FILE_REJECTED', message: '附件“纪要.pdf”的内容不是PDF文件，请确认文件后重新上传' });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('go with the outcome and each progress post, to members and the public record, and are sealed with the record', async () => {
    let at = await consulting();
    const minutes = { fileId: await w.files.putDocument(makePdf('Minutes'), '会议纪要.pdf'), name: '会议纪要.pdf' };
    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      {
        id: parking,
        version: (await doc(parking)).version,
        text: '东侧空地划设30个车位。',
        responsible: '物业服务中心',
        dueAt: at + 30 * DAY_MS,
        attachments: [minutes],
      },
      at,
    );
    await w.ok(WANG, 'result', 'result.publish', { id: parking, version: closed.consultation.version }, at);
    at += 8 * DAY_MS;
    await w.tick(at);
    await w.ok(WANG, 'result', 'implementation.start', { id: parking }, at);
    const receipt = await makeXlsx();
    const costs = { fileId: await w.files.putDocument(receipt, '费用明细.xlsx'), name: '费用明细.xlsx' };
    const post = await w.ok(
      WANG,
      'result',
      'progress.post',
      { consultationId: parking, requestId: req(), text: '划线完成', percent: 60, photos: [], attachments: [costs] },
      at,
    );
    expect(post.attachments).toEqual([
      expect.objectContaining({ id: costs.fileId, name: '费用明细.xlsx', typeLabel: 'Excel', url: linkOf(costs.fileId, '费用明细.xlsx') }),
    ]);

    for (const view of [
      (await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking }, at)).result,
      (await w.ok(VISITOR, 'consultation', 'board.item', { id: parking }, at)).result,
    ]) {
      expect(view.outcome?.attachments).toEqual([
        expect.objectContaining({ id: minutes.fileId, name: '会议纪要.pdf', type: 'pdf', url: linkOf(minutes.fileId, '会议纪要.pdf') }),
      ]);
      expect(view.implementation?.posts[0].attachments).toEqual([
        expect.objectContaining({ id: costs.fileId, name: '费用明细.xlsx', type: 'xlsx', size: receipt.length, url: linkOf(costs.fileId, '费用明细.xlsx') }),
      ]);
    }

    // 一事一档: the attachments (name, size, hash) are part of what the seal covers.
    await w.ok(WANG, 'result', 'implementation.complete', { id: parking, report: '30个车位已划设', photos: [] }, at);
    await w.ok(WANG, 'result', 'archive.seal', { id: parking }, at);
    expect(await verifyArchive(w.store, parking)).toMatchObject({ status: 'intact' });
    const [stored] = await w.store.find<ProgressDoc>('progress', { consultationId: parking });
    await w.store.update(
      'progress',
      { _id: stored._id },
      { set: { attachments: [{ ...stored.attachments![0], sha256: sha256(Buffer.from('another file')) }] } },
    );
    expect(await verifyArchive(w.store, parking)).toMatchObject({ status: 'altered', changedParts: ['progress'] });
    await w.store.update('progress', { _id: stored._id }, { set: { attachments: stored.attachments } });
    await w.store.update('consultations', { _id: parking }, { set: { 'outcome.attachments': [] } });
    expect(await verifyArchive(w.store, parking)).toMatchObject({ status: 'altered', changedParts: ['consultation'] });
  });
});
