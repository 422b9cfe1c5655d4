import type { Page } from 'playwright-core';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const ZHANG = 'demo-zhang-wei'; // resident
const PARKING = '小区公共停车位设定及管理办法'; // the seeded notice, open for opinions
const LIGHTS = '楼道照明亮化改造'; // the seeded finished matter, with its outcome and completion report
const TYPED = '东侧空地可以划线停车。';
const SPOKEN = '夜里消防通道不能再堵了';

/** What the stand-ins heard asked of them, kept on the page's window. */
interface Recorded {
  spoken: { text: string; lang: string }[];
  cancelled: number;
  listened: { lang: string; continuous: boolean; interimResults: boolean }[];
}

/**
 * A browser with both speech APIs, standing in for them: speechSynthesis records what it is
 * asked to read (and never finishes, so the page shows 停止朗读); the recogniser, once started,
 * hears part of a phrase (not yet settled), and on stop settles the whole phrase and ends.
 * Both names of the recogniser: this Chromium may have the unprefixed one, which the app prefers.
 * Plain script source: it runs in the page before the app.
 */
const WITH_SPEECH = `
  window.__voice = { spoken: [], cancelled: 0, listened: [] };
  function Utterance(text) { this.text = text; this.lang = ''; this.rate = 1; this.onend = null; this.onerror = null; }
  const synth = {
    speak(u) { window.__voice.spoken.push({ text: u.text, lang: u.lang }); },
    cancel() { window.__voice.cancelled += 1; },
  };
  const heard = (r, transcript, isFinal) => r.onresult && r.onresult({ resultIndex: 0, results: [{ isFinal, 0: { transcript } }] });
  function Recognition() { this.lang = ''; this.continuous = false; this.interimResults = false; }
  Recognition.prototype.start = function () {
    window.__voice.listened.push({ lang: this.lang, continuous: this.continuous, interimResults: this.interimResults });
    setTimeout(() => heard(this, '夜里消防', false), 100);
  };
  Recognition.prototype.stop = function () {
    setTimeout(() => { heard(this, '${SPOKEN}', true); this.onend && this.onend(); }, 50);
  };
  for (const [name, value] of [['speechSynthesis', synth], ['SpeechSynthesisUtterance', Utterance], ['SpeechRecognition', Recognition], ['webkitSpeechRecognition', Recognition]]) {
    Object.defineProperty(window, name, { value, configurable: true, writable: true });
  }
`;

/** A browser with neither API, whatever this Chromium has: taken off the window and its prototype. */
const WITHOUT_SPEECH = `
  for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance', 'SpeechRecognition', 'webkitSpeechRecognition']) {
    for (const owner of [window, Window.prototype]) delete owner[name];
    if (name in window) Object.defineProperty(window, name, { value: undefined, configurable: true });
  }
`;

/**
 * A browser that can listen but not read aloud, whose microphone the person has refused: the
 * recogniser fails as Chromium does then (not-allowed) and ends.
 */
const REFUSED_MICROPHONE_ONLY = `
  ${WITHOUT_SPEECH}
  function Recognition() {}
  Recognition.prototype.start = function () {
    setTimeout(() => { this.onerror && this.onerror({ error: 'not-allowed' }); this.onend && this.onend(); }, 50);
  };
  Recognition.prototype.stop = function () {};
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: Recognition, configurable: true, writable: true });
`;

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __voice: Recorded }).__voice);
const voiceControls = (page: Page) =>
  page
    .getByText(/^(朗读|停止朗读|语音输入|说完了)$/)
    .filter({ visible: true })
    .count();

suite('语音 (voice) in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  const idOf = async (title: string) => (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': title }))[0]._id;
  const open = async (page: Page, path: string) => {
    await page.goto(`${session.host.url}/#${path}`);
    await page.reload();
  };

  it('reads the notice aloud, and a spoken opinion joins what was typed, is sent and shows', async () => {
    const page = await loginAs(session, ZHANG, WITH_SPEECH);
    await openTab(page, '议事');
    await tap(page, PARKING);
    await see(page, '协商报名');

    // 朗读 reads the notice card as it shows it, in Mandarin; 停止朗读 stops it.
    await tap(page, '朗读');
    await see(page, '停止朗读');
    await see(page, '正在朗读…');
    const read = (await recorded(page)).spoken;
    expect(read.every((u) => u.lang === 'zh-CN')).toBe(true);
    const notice = read.map((u) => u.text).join('');
    expect(notice).toContain(`${PARKING}。`);
    expect(notice).toContain('地点：社区党群服务中心二楼会议室');
    expect(notice).toContain('协商时间：');
    await tap(page, '停止朗读');
    await visible(page, '朗读', true).waitFor();
    expect((await recorded(page)).cancelled).toBeGreaterThan(0);

    // 语音输入: tap to start, the words being heard show, 说完了 adds them after the typed text.
    await tap(page, '发表意见');
    await chip(page, '支持').click();
    const box = textbox(page, '请写下您的意见和理由');
    await box.fill(TYPED);
    await tap(page, '语音输入');
    await see(page, '正在听…');
    await see(page, '夜里消防');
    await tap(page, '说完了');
    await visible(page, '语音输入', true).waitFor();
    await expect(box.inputValue()).resolves.toBe(`${TYPED}${SPOKEN}`);
    expect((await recorded(page)).listened).toEqual([{ lang: 'zh-CN', continuous: true, interimResults: true }]);

    // Sent the way a typed opinion is (the server checks its content the same way), and it shows.
    await tap(page, '预览');
    await see(page, `${TYPED}${SPOKEN}`);
    await tap(page, '提交');
    await confirmWith(page, '确定提交');
    await see(page, '我的意见');
    await see(page, `${TYPED}${SPOKEN}`);
    await page.context().close();
  });

  it('reads a finished matter’s result in plain sentences on the public board', async () => {
    const page = await loginAs(session, ZHANG, WITH_SPEECH);
    await open(page, `/board/item/index?id=${await idOf(LIGHTS)}`);
    await see(page, '协商结果');
    const buttons = page.getByText('朗读', { exact: true }).filter({ visible: true });
    await expect(buttons.count()).resolves.toBe(2); // the notice's and the result's
    await buttons.nth(1).click();
    await see(page, '停止朗读');
    const result = (await recorded(page)).spoken.map((u) => u.text).join('');
    expect(result).toContain('协商意见：1号楼、3号楼楼道灯具全部更换为声控节能灯，费用由公共收益列支。');
    expect(result).toContain('责任人：物业服务中心');
    expect(result).toContain('已落实完成。两栋楼共更换声控灯48盏，已全部投入使用。');
    await page.context().close();
  });

  it('shows neither control where the browser has neither speech API', async () => {
    const page = await loginAs(session, ZHANG, WITHOUT_SPEECH);
    await openTab(page, '议事');
    await tap(page, PARKING);
    await see(page, '协商报名');
    await see(page, '地点');
    expect(await voiceControls(page)).toBe(0);
    await tap(page, '发表意见');
    await textbox(page, '请写下您的意见和理由').waitFor();
    expect(await voiceControls(page)).toBe(0);
    await open(page, `/board/item/index?id=${await idOf(LIGHTS)}`);
    await see(page, '协商结果');
    expect(await voiceControls(page)).toBe(0);
    await page.context().close();
  });

  it('has each control only where its API is, and says a refused microphone plainly, keeping what was typed', async () => {
    const page = await loginAs(session, ZHANG, REFUSED_MICROPHONE_ONLY);
    await open(page, `/consultation/opinion/index?consultationId=${await idOf(PARKING)}`);
    const box = textbox(page, '请写下您的意见和理由');
    await box.fill(TYPED);
    await tap(page, '语音输入');
    await see(page, '没有使用麦克风的权限。请在浏览器设置里允许本网页使用麦克风后再试；也可以直接打字');
    await visible(page, '语音输入', true).waitFor();
    await expect(box.inputValue()).resolves.toBe(TYPED);
    // No speechSynthesis here: no 朗读 on the notice.
    await open(page, `/consultation/detail/index?id=${await idOf(PARKING)}`);
    await see(page, '协商报名');
    expect(await voiceControls(page)).toBe(0);
    await page.context().close();
  });
});
