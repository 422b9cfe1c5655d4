/* The vote's bars and charts: display only; the verdict and every check come from the server. */
import { Text, View } from '@tarojs/components';
import type { VoteResultView, VoteTotalsView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS, percent, ROUNDING_NOTE, type Choice, type Count } from '@shared/voting/decide';
import { meets, type Threshold } from '@shared/voting/rules';
import { formatArea } from '@shared/member/member';
import { formatChinaTime } from '@shared/time';
import { TermNotes } from '../../components/TermNotes';

const share = (part: number, whole: number) => (whole > 0 ? Math.min(100, (part / whole) * 100) : 0);
/** Heads are counted as they are, areas in hundredths of m², so the figure is exact. */
const exact = (n: number) => Math.round(n * 100);
/**
 * The share in words, rounded as the sealed explanation rounds it: towards the side of the line
 * when there is one, down when there is none, so a bar never reads otherwise than its check.
 */
function shareText(part: number, whole: number, digits: number, mark?: Threshold): string {
  if (whole <= 0) return '0%';
  const [p, w] = [exact(part), exact(whole)];
  return percent(p, w, digits, mark ? meets(p, w, mark) : false);
}
const fraction = (t: Threshold) => `${t.num}/${t.den}`;
/** 过半数 is more than the fraction; 以上 reaches it. Said in words, for people who do not read ≥ and >. */
const thresholdWords = (t: Threshold) => (t.inclusive ? `达到 ${fraction(t)} 以上` : `超过 ${fraction(t)}`);
const sqm = (n: number | undefined) => formatArea(exact(n ?? 0));

type Tone = Choice | 'turnout';

/** `digits`: 1 for heads, 2 for areas, as the sealed explanation writes them. */
function Bar(props: { label: string; amount: string; part: number; whole: number; tone: Tone; mark?: Threshold; caption?: string; digits?: number }) {
  const p = share(props.part, props.whole);
  const at = props.mark ? `${(props.mark.num / props.mark.den) * 100}%` : '';
  return (
    <View className="bar">
      <View className="row">
        <Text>{props.label}</Text>
        <Text>
          {props.amount}（{shareText(props.part, props.whole, props.digits ?? 1, props.mark)}）
        </Text>
      </View>
      <View className={`bar-track ${props.mark ? 'bar-track-marked' : ''}`}>
        <View className={`bar-fill bar-${props.tone}`} style={{ width: `${p}%` }} />
        {props.mark ? (
          <>
            <View className="bar-mark" style={{ left: at }} />
            <View className="bar-mark-label" style={{ left: at }}>
              {fraction(props.mark)}
            </View>
          </>
        ) : null}
      </View>
      {props.caption ? <View className="field-hint">{props.caption}</View> : null}
    </View>
  );
}

/** 同意 / 反对 / 弃权 by heads or by area, as shares of what was voted; the pass line sits on 同意. */
function ChoiceBars(props: { title: string; counts: Record<Choice, Count>; by: 'heads' | 'area'; whole: number; mark?: Threshold }) {
  const amount = (c: Count) => (props.by === 'heads' ? `${c.heads} 人` : sqm(c.area));
  const part = (c: Count) => (props.by === 'heads' ? c.heads : (c.area ?? 0));
  const basis = props.by === 'heads' ? '参加表决人数' : '参加表决面积';
  return (
    <View className="card">
      <View className="card-title">{props.title}</View>
      {CHOICES.map((choice) => (
        <Bar
          key={choice}
          label={CHOICE_LABELS[choice]}
          amount={amount(props.counts[choice])}
          part={part(props.counts[choice])}
          whole={props.whole}
          digits={props.by === 'area' ? 2 : 1}
          tone={choice}
          mark={choice === 'agree' ? props.mark : undefined}
          caption={choice === 'agree' && props.mark ? `通过线：同意须${thresholdWords(props.mark)}（占${basis}）` : undefined}
        />
      ))}
    </View>
  );
}

/** Running totals of an open, non-secret vote: who has voted and how, by heads and (owners) by area. */
export function LiveTotals({ live }: { live: VoteTotalsView }) {
  const counts = { agree: live.agree, disagree: live.disagree, abstain: live.abstain };
  return (
    <View className="section">
      <View className="section-title">当前票数</View>
      <View className="card">
        <View className="card-title">
          已投 {live.ballots} / 选民 {live.electors}
        </View>
        <Bar label="已投票" amount={`${live.ballots} 票`} part={live.ballots} whole={live.electors} tone="turnout" />
        {live.areaTotal !== undefined ? (
          <Bar
            label="已投票面积"
            amount={sqm(live.areaVoted)}
            part={live.areaVoted ?? 0}
            whole={live.areaTotal}
            digits={2}
            tone="turnout"
            caption={`总面积 ${sqm(live.areaTotal)}`}
          />
        ) : null}
        {live.ballots === 0 ? <View className="meta">还没有人投票</View> : null}
      </View>
      {live.ballots > 0 ? (
        <>
          <ChoiceBars title="按人数" counts={counts} by="heads" whole={live.ballots} />
          {live.areaVoted !== undefined ? <ChoiceBars title="按面积" counts={counts} by="area" whole={live.areaVoted} /> : null}
        </>
      ) : null}
      <View className="field-hint">截止前票数会变化，结果以截止后的计票为准</View>
    </View>
  );
}

/** The sealed result: the verdict in one word, the reason in a sentence, and each check against its line. */
export function Result({ result }: { result: VoteResultView }) {
  const { thresholds: t, turnout } = result;
  const verdict = result.passed ? '✓ 表决通过' : result.quorumMet ? '✗ 表决未通过' : '✗ 表决不成立';
  const quorumMissed = '参加表决的人数（或面积）未达到法定要求';
  const counts = { agree: result.agree, disagree: result.disagree, abstain: result.abstain };
  return (
    <View className="section">
      <View className="section-title">表决结果</View>
      <View className="card">
        <View className={`verdict ${result.passed ? 'verdict-pass' : 'verdict-fail'}`}>{verdict}</View>
        {!result.quorumMet ? <View className="meta">{quorumMissed}</View> : null}
        <View className="opinion-text">{result.explanation}</View>
        <View className="section">
          {result.checks.map((c, i) => (
            <View key={i} className={c.ok ? 'ok-text' : 'error-text'}>
              {c.ok ? '✓ 符合：' : '✗ 不符合：'}
              {c.text}
            </View>
          ))}
        </View>
        <TermNotes text={`${verdict}${result.quorumMet ? '' : quorumMissed}${result.explanation}`} />
        <View className="meta">计票时间：{formatChinaTime(result.sealedAt)}</View>
        <View className="field-hint">{ROUNDING_NOTE}</View>
        {result.rejected > 0 ? <View className="meta">另有 {result.rejected} 张选票未计入（不在选民名单中或重复投票）</View> : null}
      </View>
      <View className="card">
        <View className="card-title">参加表决情况</View>
        <Bar
          label="参加表决人数"
          amount={`${turnout.heads} / ${turnout.headsTotal} 人`}
          part={turnout.heads}
          whole={turnout.headsTotal}
          tone="turnout"
          mark={t.quorum.heads}
          caption={t.quorum.heads ? `须${thresholdWords(t.quorum.heads)}（占全体选民人数）` : undefined}
        />
        {turnout.area !== undefined && turnout.areaTotal !== undefined ? (
          <Bar
            label="参加表决面积"
            amount={`${sqm(turnout.area)} / ${sqm(turnout.areaTotal)}`}
            part={turnout.area}
            whole={turnout.areaTotal}
            digits={2}
            tone="turnout"
            mark={t.quorum.area}
            caption={t.quorum.area ? `须${thresholdWords(t.quorum.area)}（占总面积）` : undefined}
          />
        ) : null}
      </View>
      <ChoiceBars title="按人数" counts={counts} by="heads" whole={turnout.heads} mark={t.pass.heads} />
      {turnout.area !== undefined ? <ChoiceBars title="按面积" counts={counts} by="area" whole={turnout.area} mark={t.pass.area} /> : null}
    </View>
  );
}
