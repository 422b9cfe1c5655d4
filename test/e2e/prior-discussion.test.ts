import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DAY_MS, fromChinaDateTimeParts, toChinaDateTimeParts, type ApiResponse, type ElectoratePreviewView } from '@shared';
import type { ConsultationDetailView, DraftSavedView } from '@shared/api/views';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { PERSONA_HEADER } from '../../cloudfunctions/local/server';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, confirmWith, loginAs, openSession, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(300_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee of 幸福里社区

/**
 * Since 2026 a 居民会议's vote waits for the Party organisation's prior discussion: the committee
 * is told so, records it with a photo of the minutes, everyone reads it on the consultation, and
 * before the vote opens the committee sees whom the register counts (应到).
 */
suite('前置研究 before a 居民会议 vote, in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  /** A function called as the committee member would, to set the scene without the draft editor. */
  async function as<T>(fn: string, action: string, payload: unknown): Promise<T> {
    const res = await fetch(`${session.host.url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PERSONA_HEADER]: WANG },
      body: JSON.stringify({ action, payload }),
    });
    const body = (await res.json()) as ApiResponse<T>;
    if (!body.ok) throw new Error(`${action}: ${body.code} ${body.message}`);
    return body.data;
  }

  it('the next step asks for it, the committee records it with a photo, the detail shows it, and the vote page counts 应到', async () => {
    const meetingDay = toChinaDateTimeParts(Date.now() + 10 * DAY_MS).date;
    const startsAt = fromChinaDateTimeParts(meetingDay, '19:00');
    const saved = await as<DraftSavedView>('consultation', 'consultation.createDraft', {
      requestId: 'e2e-prior-hall',
      plan: {
        title: '社区活动室改造方案',
        categoryId: 'services-01',
        background: '活动室墙面开裂、照明不足，商议改造方案和经费来源。',
        forms: ['meeting'],
        schedule: { startsAt, endsAt: startsAt + 2 * 3_600_000 },
        place: '社区党群服务中心一楼活动室',
        host: '王建国',
        scope: { kind: 'residents' },
        noticeDays: 5,
        vote: {
          question: '同意按方案改造活动室，经费由公共收益列支',
          rule: 'residents_meeting',
          scope: { kind: 'residents' },
          opensAt: startsAt + 2 * 3_600_000,
          closesAt: startsAt + 7 * DAY_MS,
          secret: false,
        },
      },
    });
    await as<ConsultationDetailView>('consultation', 'consultation.publishNotice', { id: saved.id, version: saved.version });

    const wang = await loginAs(session, WANG);
    await wang.goto(`${session.host.url}/#/consultation/detail/index?id=${saved.id}`);
    await wang.reload();
    await see(wang, '表决前须经党组织研究讨论');
    await wang.locator('.next-step .btn', { hasText: '记录前置研究' }).filter({ visible: true }).click();

    // Sent empty, each field says what it lacks, under itself.
    await see(wang, '社区党组织研究讨论');
    await tap(wang, '提交记录');
    await see(wang, '请选择会议日期');
    await see(wang, '请填写会议名称');
    await see(wang, '请上传会议记录的照片');

    await tap(wang, '请选择会议日期');
    await wang.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click();
    await textbox(wang, '例如：社区党委会').fill('社区党委会');
    await textbox(wang, '会议研究的意见').fill('同意将活动室改造方案提交居民会议表决');
    const photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-minutes-')), '会议记录.png');
    await writeFile(photo, PNG);
    await addPhoto(wang, photo);
    expect(await visible(wang, '请填写会议名称').count()).toBe(0);
    await tap(wang, '提交记录');
    await confirmWith(wang, '确定记录');

    // Back on the consultation: the record for everyone, the minutes' photo for the committee.
    await see(wang, '党组织研究讨论');
    await see(wang, '同意将活动室改造方案提交居民会议表决');
    await wang.locator('.section', { hasText: '前置研究' }).locator('img').filter({ visible: true }).first().waitFor();
    const doc = (await session.host.store.get<ConsultationDoc>('consultations', saved.id))!;
    expect(doc.priorSteps).toEqual([
      expect.objectContaining({
        step: 'party_discussion',
        heldOn: toChinaDateTimeParts(Date.now()).date,
        meeting: '社区党委会',
        evidence: [expect.any(String)],
      }),
    ]);

    // Before it opens, the vote page counts the register's electorate and who of it uses the app.
    const preview = await as<ElectoratePreviewView>('voting', 'vote.preview', { consultationId: saved.id });
    expect(preview.electors).toBeGreaterThan(0);
    await tap(wang, '查看表决');
    await see(wang, `本次表决应到 ${preview.electors} 人，其中已使用小程序 ${preview.online} 人`);
    expect(await visible(wang, '记录前置研究后才能开始表决').count()).toBe(0);
    await wang.context().close();
  });
});
