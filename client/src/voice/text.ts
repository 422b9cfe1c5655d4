import type { ConsultationDetailView, ResultSectionView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { scheduleText } from '../dates';

/**
 * What 语音 says and hears, in words, the same on both platforms: the sentences 朗读 reads, how
 * spoken words join what is typed, and the plain messages for what went wrong. speech.ts (H5) and
 * speech.weapp.ts (the mini program) do the speaking and listening.
 */

/** Said when listening ended and nothing was recognised: no error, but no words either. */
export const NOTHING_HEARD = '没有听清，请靠近手机再说一次；也可以直接打字';
/** The mini program's recording permission was refused (now or before): where to turn it on. */
export const NO_RECORD_PERMISSION = '没有录音权限。请点右上角“···”，进入“设置”，打开“麦克风”后再试；也可以直接打字';
const NO_MICROPHONE = '没有使用麦克风的权限。请在浏览器设置里允许本网页使用麦克风后再试；也可以直接打字';
const NETWORK = '网络不通，语音没有识别出来。请检查网络后再试；也可以直接打字';
const LISTEN_FAILED = '语音输入没有成功，请再试一次；也可以直接打字';
export const READ_FAILED = '朗读没有成功，请检查网络后再试';

/** Ends a piece with a full stop unless it already ends a sentence, so pieces read as sentences. */
function sentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[。！？!?.…；;]$/.test(t) ? t : `${t}。`;
}

const sentences = (parts: (string | false | undefined)[]) =>
  parts
    .filter((p): p is string => !!p)
    .map(sentence)
    .join('');

/** Spoken words after what is already typed, never in its place; a space only between two Latin words. */
export function appendSpoken(typed: string, spoken: string): string {
  const words = spoken.trim();
  if (!words) return typed;
  if (!typed) return words;
  const latin = /[A-Za-z0-9]$/.test(typed) && /^[A-Za-z0-9]/.test(words);
  return `${typed}${latin ? ' ' : ''}${words}`;
}

/** The notice as its card shows it, read top to bottom: what, its state, why, how, when, where, who. */
export function noticeSentence(c: ConsultationDetailView['consultation']): string {
  const { plan } = c;
  const when = scheduleText(plan.schedule);
  return sentences([
    plan.title,
    c.statusLabel,
    plan.background,
    c.formLabels.length > 0 && `协商形式：${c.formLabels.join('、')}`,
    when && `协商时间：${when}`,
    plan.place && `地点：${plan.place}`,
    plan.host && `主持人：${plan.host}`,
    c.scopeLabel && `参与范围：${c.scopeLabel}`,
    plan.participantsNote && `参加人员：${plan.participantsNote}`,
    plan.vote && `表决事项：${plan.vote.question}`,
    c.withdrawReason && `撤回原因：${c.withdrawReason}`,
  ]);
}

/** 协商结果 in plain sentences: the verdict, what was agreed, its publication, how far it is carried out, the ratings. */
export function resultSentence(r: ResultSectionView): string {
  const { vote, outcome, publication: pub, implementation: im, evaluation: ev } = r;
  return sentences([
    vote && (vote.passed ? '表决通过' : '表决未通过'),
    vote?.explanation,
    outcome && `协商意见：${outcome.text}`,
    outcome && `责任人：${outcome.responsible}，落实期限：${formatChinaTime(outcome.dueAt)}`,
    pub && `结果公示至${formatChinaTime(pub.objectionWindowEndsAt)}${pub.windowOpen ? '' : '，公示期已结束'}`,
    pub && (pub.objections.total === 0 ? '没有异议' : `共有异议${pub.objections.total}条，${pub.objections.open}条待答复`),
    im && (im.completion ? '已落实完成' : `落实情况：已完成百分之${im.progressPercent}${im.overdue ? '，已逾期' : ''}`),
    im?.completion?.report,
    ev && ev.total > 0 && `满意度测评：平均${ev.average}分，${ev.total}人评价`,
    r.archive && '档案已封存',
  ]);
}

/**
 * The text in pieces of at most `max` characters, cut after a sentence's or a clause's end where
 * there is one: WeChat's speech synthesis refuses long texts (its documented limit is 1,000
 * bytes, and it is known to fail well below), and one long utterance is where browsers stall.
 */
export function splitForSpeech(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const end = Math.max(...['。', '！', '？', '；', '\n'].map((m) => head.lastIndexOf(m)));
    const clause = Math.max(...['，', '、', '：', ' '].map((m) => head.lastIndexOf(m)));
    const cut = end > 0 ? end + 1 : clause > 0 ? clause + 1 : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** A browser's SpeechRecognitionErrorEvent.error in words; '' for a stop the person asked for. */
export function browserListenError(code: string): string {
  switch (code) {
    case 'aborted':
      return '';
    case 'no-speech':
      return NOTHING_HEARD;
    case 'audio-capture':
      return '找不到麦克风，请检查麦克风是否接好；也可以直接打字';
    case 'not-allowed':
    case 'service-not-allowed':
      return NO_MICROPHONE;
    case 'network':
      return NETWORK;
    case 'language-not-supported':
      return '这个浏览器听不懂普通话，请直接打字';
    default:
      return LISTEN_FAILED;
  }
}

/** A browser's SpeechSynthesisErrorEvent.error in words; '' when reading was stopped on purpose. */
export function browserReadError(code: string): string {
  if (code === 'interrupted' || code === 'canceled') return '';
  if (code === 'not-allowed') return '浏览器没有允许朗读，请再点一次“朗读”';
  return '朗读没有成功，请再试一次';
}

/** WeChat 同声传译's onError retcode in words; '' for a stop the person asked for. */
export function pluginListenError(retcode: number): string {
  switch (retcode) {
    case -30002: // recording paused (the person left the page)
    case -30012: // stop with nothing running
      return '';
    case -30001:
      return '麦克风没有打开，请检查微信是否可以使用麦克风；也可以直接打字';
    case -30003:
      return NOTHING_HEARD;
    case -30004:
    case -30008:
    case -30010:
      return NETWORK;
    case -30006:
      return '说的话太长，没有识别完。请分几次说';
    case -30011:
      return '上一段话还在识别，请稍等再点';
    case -40001:
      return '现在用语音的人太多，请稍后再试；也可以直接打字';
    default:
      return LISTEN_FAILED;
  }
}

/** A call that does its work the first time only: a listening or a reading must end once, however it ends. */
export function once(work: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    work();
  };
}
