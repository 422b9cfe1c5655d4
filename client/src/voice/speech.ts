import { browserListenError, browserReadError, once, splitForSpeech } from './text';

/**
 * H5: 语音输入 through the browser's SpeechRecognition (webkit-prefixed in Chrome) and 朗读
 * through speechSynthesis, each where the browser has it (many have one and not the other).
 * speech.weapp.ts is the mini program's, through WeChat's 同声传译 plugin; both say the same.
 */

/** What listening reports, in the order it happens; `ended` comes once, last. */
export interface ListenHandlers {
  /** Words heard but not yet settled: shown while listening, never written into the field. */
  interim(text: string): void;
  /** A settled piece of what was said, to append to what is typed. */
  final(text: string): void;
  /** Why it failed, in words for the person. */
  failed(message: string): void;
  ended(): void;
}

/** What reading aloud reports; `ended` comes once, when it finished, was stopped or failed. */
export interface ReadHandlers {
  failed(message: string): void;
  ended(): void;
}

interface RecognitionResult {
  isFinal: boolean;
  0: { transcript: string };
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: { resultIndex: number; results: ArrayLike<RecognitionResult> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionClass = new () => Recognition;

const recognition = () => {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
};

export const canListen = (): boolean => typeof recognition() === 'function';

export const canRead = (): boolean => !!window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function';

/** Listens until `stop` (the returned function) or the browser gives up; what was heard comes through `h`. */
export function listen(h: ListenHandlers): () => void {
  const Recognition = recognition()!;
  const r = new Recognition();
  r.lang = 'zh-CN';
  // Until 说完了: an elder pauses between phrases, and each pause must not end it.
  r.continuous = true;
  r.interimResults = true;
  const ended = once(h.ended);
  r.onresult = (e) => {
    let interim = '';
    for (let i = e.resultIndex; i < e.results.length; i += 1) {
      const result = e.results[i];
      if (result.isFinal) h.final(result[0].transcript);
      else interim += result[0].transcript;
    }
    h.interim(interim);
  };
  r.onerror = (e) => {
    const message = browserListenError(e.error);
    if (message) h.failed(message);
  };
  r.onend = ended;
  try {
    r.start();
  } catch {
    h.failed(browserListenError(''));
    ended();
  }
  return () => r.stop();
}

/** What is being read now: one reading at a time, so a second 朗读 ends the first (and its button). */
let reading: (() => void) | null = null;

/** Reads `text` aloud in Mandarin, a little slower than the default; the returned function stops it. */
export function read(text: string, h: ReadHandlers): () => void {
  reading?.();
  const synth = window.speechSynthesis;
  const ended = once(() => {
    reading = null;
    h.ended();
  });
  // Once: the cancel makes the browser fail the queued pieces, and their errors must not cancel a later reading.
  const stop = once(() => {
    ended();
    synth.cancel();
  });
  const pieces = splitForSpeech(text, 200);
  pieces.forEach((piece, i) => {
    const u = new SpeechSynthesisUtterance(piece);
    u.lang = 'zh-CN';
    u.rate = 0.9;
    if (i === pieces.length - 1) u.onend = ended;
    u.onerror = (e) => {
      const message = browserReadError(e.error);
      if (message) h.failed(message);
      stop();
    };
    synth.speak(u);
  });
  reading = stop;
  return stop;
}
