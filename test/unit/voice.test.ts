import type { ConsultationDetailView, ResultSectionView } from '../../shared/src/api/views';
import { formatChinaTime } from '../../shared/src/time';
import {
  appendSpoken,
  browserListenError,
  NO_RECORD_PERMISSION,
  NOTHING_HEARD,
  noticeSentence,
  pluginListenError,
  resultSentence,
  splitForSpeech,
} from '../../client/src/voice/text';
import * as weapp from '../../client/src/voice/speech.weapp';

/** What WeChat's 同声传译 plugin and Taro do, as speech.weapp.ts calls them: recorded, answered by the test. */
const wechat = {
  manager: { start: jest.fn(), stop: jest.fn() } as Record<string, jest.Mock | ((res: never) => void)>,
  textToSpeech: jest.fn(),
  authorize: jest.fn(),
  /** What WeChat answers for the plugin: the stand-in, unless a test says otherwise. */
  plugin: () => ({ getRecordRecognitionManager: () => wechat.manager, textToSpeech: wechat.textToSpeech }) as unknown,
  audio: { play: jest.fn(), stop: jest.fn(), destroy: jest.fn(), src: '', ended: () => undefined as void, error: () => undefined as void },
};
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    requirePlugin: (name: string) => (name === 'WechatSI' ? wechat.plugin() : undefined),
    authorize: (o: unknown) => wechat.authorize(o),
    createInnerAudioContext: () => ({
      ...wechat.audio,
      set src(v: string) {
        wechat.audio.src = v;
      },
      onEnded: (f: () => void) => (wechat.audio.ended = f),
      onError: (f: () => void) => (wechat.audio.error = f),
    }),
  },
}));

describe('语音输入: spoken words join what is typed', () => {
  it('goes after the typed text, never in its place', () => {
    expect(appendSpoken('东侧空地可以划线停车。', '夜里不要堵消防通道')).toBe('东侧空地可以划线停车。夜里不要堵消防通道');
    expect(appendSpoken('', ' 我同意 ')).toBe('我同意');
  });

  it('leaves the text as it was when nothing was heard', () => {
    expect(appendSpoken('已经写好的话', '   ')).toBe('已经写好的话');
  });

  it('puts a space only between two Latin words or numbers', () => {
    expect(appendSpoken('停车位 12', '3号楼')).toBe('停车位 12 3号楼');
    expect(appendSpoken('停车位', '3号楼')).toBe('停车位3号楼');
  });
});

const T0 = Date.UTC(2026, 11, 6, 1, 30);
const consultation = {
  statusLabel: '协商中',
  formLabels: ['议事会'],
  scopeLabel: '全小区居民',
  plan: {
    title: '小区公共停车位设定及管理办法',
    background: '夜间车辆乱停，堵塞消防通道。',
    schedule: { startsAt: T0, endsAt: T0 + 7_200_000 },
    place: '社区活动室',
    host: '王建国',
    vote: { question: '是否在东侧空地划设停车位' },
  },
} as unknown as ConsultationDetailView['consultation'];

describe('朗读: the sentences read aloud', () => {
  it('reads the notice as its card shows it: what, its state, why, how, when, where, who, what is decided', () => {
    expect(noticeSentence(consultation)).toBe(
      '小区公共停车位设定及管理办法。协商中。夜间车辆乱停，堵塞消防通道。协商形式：议事会。' +
        `协商时间：${formatChinaTime(T0)} 至 ${formatChinaTime(T0 + 7_200_000)}。地点：社区活动室。主持人：王建国。` +
        '参与范围：全小区居民。表决事项：是否在东侧空地划设停车位。',
    );
  });

  it('leaves out what the notice does not say', () => {
    const bare = { ...consultation, formLabels: [], scopeLabel: undefined, plan: { title: '加装电梯' } } as unknown as typeof consultation;
    expect(noticeSentence(bare)).toBe('加装电梯。协商中。');
  });

  it('reads the result in plain sentences: the verdict, what was agreed, the publication, the progress, the ratings', () => {
    const result: ResultSectionView = {
      vote: { passed: true, explanation: '同意 30 票，超过半数', round: 1 },
      outcome: { text: '东侧空地划设20个车位', responsible: '物业公司', dueAt: T0, writtenByName: '王建国', at: T0, attachments: [] },
      publication: { objectionWindowEndsAt: T0, windowOpen: false, objections: { open: 1, total: 2 } },
      implementation: { progressPercent: 60, overdue: true, posts: [] },
      evaluation: { open: true, counts: [0, 0, 0, 1, 1], total: 2, average: 4.5, canEvaluate: false },
    };
    expect(resultSentence(result)).toBe(
      '表决通过。同意 30 票，超过半数。协商意见：东侧空地划设20个车位。' +
        `责任人：物业公司，落实期限：${formatChinaTime(T0)}。结果公示至${formatChinaTime(T0)}，公示期已结束。` +
        '共有异议2条，1条待答复。落实情况：已完成百分之60，已逾期。满意度测评：平均4.5分，2人评价。',
    );
  });

  it('says a completed result and the report, and nothing at all for a result not yet reached', () => {
    const done: ResultSectionView = {
      vote: { passed: false, explanation: '同意票未过半数', round: 2 },
      implementation: { progressPercent: 100, overdue: false, posts: [], completion: { report: '车位已划好！', photos: [], byName: '李', at: T0 } },
      evaluation: { open: true, counts: [0, 0, 0, 0, 0], total: 0, canEvaluate: true },
    };
    expect(resultSentence(done)).toBe('表决未通过。同意票未过半数。已落实完成。车位已划好！');
    // No button then: ReadAloud shows nothing for an empty text.
    expect(resultSentence({})).toBe('');
  });

  it('cuts a long text after a sentence, else after a clause, each piece within the limit, nothing lost', () => {
    const text = `${'一'.repeat(8)}。${'二'.repeat(5)}，${'三'.repeat(12)}`;
    const pieces = splitForSpeech(text, 10);
    expect(pieces).toEqual(['一一一一一一一一。', '二二二二二，', '三三三三三三三三三三', '三三']);
    expect(pieces.join('')).toBe(text);
    expect(splitForSpeech('  短句。 ', 10)).toEqual(['短句。']);
  });
});

describe('what went wrong, in words', () => {
  it('says a refused microphone, silence and a network failure plainly, and nothing for a stop the person asked for', () => {
    expect(browserListenError('not-allowed')).toContain('允许本网页使用麦克风');
    expect(browserListenError('no-speech')).toBe(NOTHING_HEARD);
    expect(browserListenError('network')).toContain('网络不通');
    expect(browserListenError('aborted')).toBe('');
    expect(pluginListenError(-30003)).toBe(NOTHING_HEARD);
    expect(pluginListenError(-30008)).toContain('网络不通');
    expect(pluginListenError(-30002)).toBe('');
    for (const message of [browserListenError('something-new'), pluginListenError(-1)]) expect(message).toMatch(/^[^A-Za-z]+$/);
  });
});

describe('the mini program through WeChat 同声传译 (speech.weapp.ts, the plugin stubbed)', () => {
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  const handlers = () => ({ interim: jest.fn(), final: jest.fn(), failed: jest.fn(), ended: jest.fn() });
  beforeEach(() => jest.clearAllMocks());

  it('finds the plugin, so both controls show', () => {
    expect(weapp.canListen()).toBe(true);
    expect(weapp.canRead()).toBe(true);
  });

  it('hides both controls where WeChat cannot give the plugin (Taro answers undefined, or WeChat throws)', () => {
    const refusals = [
      () => undefined,
      () => {
        throw new Error('插件未授权使用');
      },
    ];
    const plugin = wechat.plugin;
    try {
      for (const refusal of refusals) {
        wechat.plugin = refusal;
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const without = require('../../client/src/voice/speech.weapp') as typeof weapp;
          expect(without.canListen()).toBe(false);
          expect(without.canRead()).toBe(false);
        });
      }
    } finally {
      wechat.plugin = plugin;
    }
  });

  it('asks for the recording permission, listens in Mandarin, and hands over what was said', async () => {
    wechat.authorize.mockResolvedValue({});
    const h = handlers();
    const stop = weapp.listen(h);
    await flush();
    expect(wechat.authorize).toHaveBeenCalledWith({ scope: 'scope.record' });
    expect(wechat.manager.start).toHaveBeenCalledWith(expect.objectContaining({ lang: 'zh_CN' }));
    (wechat.manager.onRecognize as (r: { result: string }) => void)({ result: '我同意' });
    expect(h.interim).toHaveBeenCalledWith('我同意');
    stop();
    expect(wechat.manager.stop).toHaveBeenCalled();
    (wechat.manager.onStop as (r: { result: string }) => void)({ result: '我同意划线停车。' });
    expect(h.final).toHaveBeenCalledWith('我同意划线停车。');
    expect(h.ended).toHaveBeenCalledTimes(1);
  });

  it('says where to turn the permission on when it is refused, and never starts recording', async () => {
    wechat.authorize.mockRejectedValue({ errMsg: 'authorize:fail auth deny' });
    const h = handlers();
    weapp.listen(h);
    await flush();
    expect(h.failed).toHaveBeenCalledWith(NO_RECORD_PERMISSION);
    expect(h.ended).toHaveBeenCalledTimes(1);
    expect(wechat.manager.start).not.toHaveBeenCalled();
  });

  it('synthesises a long text piece by piece and plays each in turn; stopping ends it once', () => {
    const files: string[] = [];
    wechat.textToSpeech.mockImplementation((o: { content: string; success(r: { filename: string }): void }) => {
      files.push(o.content);
      o.success({ filename: `tts-${files.length}.mp3` });
    });
    const h = { failed: jest.fn(), ended: jest.fn() };
    const stop = weapp.read(`${'通知'.repeat(60)}。${'地点在社区活动室'.repeat(10)}`, h);
    expect(wechat.textToSpeech).toHaveBeenCalledTimes(1);
    expect(wechat.textToSpeech.mock.calls[0][0]).toMatchObject({ lang: 'zh_CN' });
    expect(wechat.audio.src).toBe('tts-1.mp3');
    wechat.audio.ended();
    expect(wechat.audio.src).toBe('tts-2.mp3');
    expect(files.every((f) => f.length <= 150)).toBe(true);
    stop();
    stop();
    expect(h.ended).toHaveBeenCalledTimes(1);
    expect(wechat.audio.destroy).toHaveBeenCalledTimes(1);
    expect(h.failed).not.toHaveBeenCalled();
  });

  it('says plainly when the synthesis fails', () => {
    wechat.textToSpeech.mockImplementation((o: { fail(r: unknown): void }) => o.fail({ retcode: -20003 }));
    const h = { failed: jest.fn(), ended: jest.fn() };
    weapp.read('通知', h);
    expect(h.failed).toHaveBeenCalledWith(expect.stringContaining('朗读没有成功'));
    expect(h.ended).toHaveBeenCalledTimes(1);
  });
});
