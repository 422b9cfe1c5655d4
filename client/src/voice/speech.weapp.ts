import Taro from '@tarojs/taro';
import type { ListenHandlers, ReadHandlers } from './speech';
import { NO_RECORD_PERMISSION, once, pluginListenError, READ_FAILED, splitForSpeech } from './text';

/**
 * Mini program: 语音输入 and 朗读 through WeChat's 同声传译 plugin (WechatSI), which app.config.ts
 * declares for the weapp build; the AppID must also have added it (公众平台 → 设置 → 第三方设置 →
 * 插件管理). Where the plugin cannot be loaded, both controls stay hidden, as on a browser without
 * the speech APIs (speech.ts). The same handlers and messages as there.
 */

interface RecognitionManager {
  start(options: { lang: string; duration: number }): void;
  stop(): void;
  onRecognize: (res: { result: string }) => void;
  onStop: (res: { result: string }) => void;
  onError: (res: { retcode: number; msg: string }) => void;
}
interface WechatSI {
  getRecordRecognitionManager(): RecognitionManager;
  textToSpeech(options: { lang: string; tts: boolean; content: string; success(res: { filename: string }): void; fail(res: unknown): void }): void;
}

let loaded: WechatSI | null | undefined;
/** The plugin, or null where WeChat cannot give it (not declared, not added to the AppID, too old a WeChat). */
function plugin(): WechatSI | null {
  if (loaded === undefined) {
    try {
      loaded = (Taro.requirePlugin('WechatSI') as WechatSI | undefined) ?? null;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

export const canListen = (): boolean => typeof plugin()?.getRecordRecognitionManager === 'function';

export const canRead = (): boolean => typeof plugin()?.textToSpeech === 'function' && typeof Taro.createInnerAudioContext === 'function';

/**
 * Listens until `stop` or the plugin's own limit (one minute a time). WeChat asks for the
 * recording permission (scope.record) on the first use; a refusal, now or before, is said plainly.
 */
export function listen(h: ListenHandlers): () => void {
  // The plugin's manager is one for the whole mini program: each listening takes its handlers.
  const manager = plugin()!.getRecordRecognitionManager();
  const ended = once(h.ended);
  let state: 'asking' | 'listening' | 'stopped' = 'asking';
  manager.onRecognize = (res) => h.interim(res.result);
  manager.onStop = (res) => {
    if (res.result) h.final(res.result);
    ended();
  };
  manager.onError = (res) => {
    const message = pluginListenError(res.retcode);
    if (message) h.failed(message);
    ended();
  };
  Taro.authorize({ scope: 'scope.record' }).then(
    () => {
      if (state === 'stopped') return;
      state = 'listening';
      manager.start({ lang: 'zh_CN', duration: 60_000 });
    },
    () => {
      if (state === 'stopped') return;
      h.failed(NO_RECORD_PERMISSION);
      ended();
    },
  );
  return () => {
    // Stopped while WeChat still asks for the permission: there is no recording to stop.
    if (state === 'listening') manager.stop();
    else ended();
    state = 'stopped';
  };
}

/** What is being read now: one reading at a time, so a second 朗读 ends the first (and its button). */
let reading: (() => void) | null = null;

/** Synthesises each piece in turn (the plugin refuses long texts) and plays it; the returned function stops. */
export function read(text: string, h: ReadHandlers): () => void {
  reading?.();
  const si = plugin()!;
  const audio = Taro.createInnerAudioContext();
  const pieces = splitForSpeech(text, 150);
  const stop = once(() => {
    reading = null;
    audio.stop();
    audio.destroy();
    h.ended();
  });
  const fail = () => {
    if (reading !== stop) return;
    h.failed(READ_FAILED);
    stop();
  };
  const next = () => {
    const piece = pieces.shift();
    if (piece === undefined) return stop();
    si.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content: piece,
      success: (res) => {
        if (reading !== stop) return;
        audio.src = res.filename;
        audio.play();
      },
      fail,
    });
  };
  audio.onEnded(next);
  audio.onError(fail);
  reading = stop;
  next();
  return stop;
}
