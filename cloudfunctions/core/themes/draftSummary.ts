import { REPLY_LABELS, STANCE_LABELS, STANCES, type ReplyDecision, type SummaryPart } from '@shared';
import { figure, waiting, withStance, type Opinions } from './opinionSets';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Answers the summary reports, in this order; moderation answers (重复, 无关) are reported as answered only. */
const MERIT: ReplyDecision[] = ['adopted', 'partly', 'rejected'];
const QUOTE_MAX = 60;

interface SummaryTheme {
  label: string;
  ids: string[];
  quotes: string[];
}

/** What the summary is drawn from: every opinion, the themes by weight, the rest, the near-copies, and what the community calls its people (居民, 村民). */
export interface SummarySource {
  all: readonly string[];
  themes: readonly SummaryTheme[];
  rest: readonly string[];
  copies: readonly string[];
  people: string;
}

/** Builds a paragraph: words, and figures each linked to the opinions it counts. */
class Paragraph {
  readonly parts: SummaryPart[] = [];
  constructor(private readonly opinions: Opinions) {}
  say(text: string) {
    const last = this.parts[this.parts.length - 1];
    if (last && 'text' in last) last.text += text;
    else this.parts.push({ text });
    return this;
  }
  count(ids: readonly string[], unit = '条', counts: 'opinions' | 'people' = 'opinions') {
    this.parts.push({ figure: figure(ids, this.opinions, counts) });
    return this.say(unit);
  }
  /** 支持 3 条，反对 2 条…: every stance present, joined. */
  stances(ids: readonly string[]) {
    STANCES.map((s) => [s, withStance(ids, this.opinions, s)] as const)
      .filter(([, of]) => of.length > 0)
      .forEach(([s, of], i) => this.say(`${i ? '，' : ''}${STANCE_LABELS[s]} `).count(of, ' 条'));
    return this;
  }
}

const shortened = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);

/** One theme: its weight, its stances, its main objection and how it was answered. */
function themeParagraph(t: SummaryTheme, i: number, opinions: Opinions): SummaryPart[] {
  const p = new Paragraph(opinions)
    .say(`${ORDINALS[i] ?? String(i + 1)}、关于“${t.label}”（`)
    .count(t.ids, ' 条意见，')
    .count(t.ids, ' 人', 'people')
    .say('）：')
    .stances(t.ids)
    .say('。');
  const against = withStance(t.ids, opinions, 'oppose');
  const objection = t.quotes.find((id) => opinions.get(id)!.stance === 'oppose') ?? against[0];
  if (objection) {
    const o = opinions.get(objection)!;
    p.say(`主要反对意见：“${shortened(o.text)}”`);
    p.say(o.reply ? `委员会答复（${REPLY_LABELS[o.reply.decision]}）：${o.reply.reason || '采纳该意见'}。` : '（尚未答复）。');
  }
  p.say('答复情况：');
  const answered = MERIT.map((d) => [d, t.ids.filter((id) => opinions.get(id)!.reply?.decision === d)] as const).filter(([, of]) => of.length > 0);
  answered.forEach(([d, of], n) => p.say(`${n ? '，' : ''}${REPLY_LABELS[d]} `).count(of, ' 条'));
  const open = waiting(t.ids, opinions);
  if (open.length) p.say(answered.length ? '，尚未答复 ' : '尚未答复 ').count(open, ' 条');
  else if (!answered.length) p.say('均已按重复或无关意见处理');
  return p.say('。').parts;
}

function restParagraph(rest: readonly string[], opinions: Opinions): SummaryPart[] {
  const p = new Paragraph(opinions).say('另有 ').count(rest, ' 条意见未归入以上主题');
  const open = waiting(rest, opinions);
  if (open.length) p.say('，其中尚未答复 ').count(open, ' 条');
  return p.say('。').parts;
}

/**
 * 协商意见草稿: the start the outcome editor offers — what was said overall, then each theme by
 * weight with its counts, its main objection and how it was answered, then what fits no theme.
 * Every figure carries the opinions behind it, so the committee can check each before using it.
 */
export function draftSummary({ all, themes, rest, copies, people }: SummarySource, opinions: Opinions): SummaryPart[][] {
  if (all.length === 0) return [[{ text: '本次协商尚未收到公开的意见。' }]];
  const opening = new Paragraph(opinions)
    .say('本次协商共收到意见 ')
    .count(all, ' 条，来自 ')
    .count(all, ` 位${people}`, 'people')
    .say('：')
    .stances(all)
    .say('。');
  if (copies.length) opening.say('其中 ').count(copies, ' 条意见内容基本相同（转发或重复提交），合并阅读、一并答复。');
  const closing = rest.length ? [restParagraph(rest, opinions)] : [];
  return [opening.parts, ...themes.map((t, i) => themeParagraph(t, i, opinions)), ...closing];
}
