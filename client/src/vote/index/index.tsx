import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { VoteResultView, VoteTotalsView, VoteView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS, percent, ROUNDING_NOTE, type Choice, type Count } from '@shared/voting/decide';
import { meets, type Threshold } from '@shared/voting/rules';
import { formatArea } from '@shared/membership/member';
import { countedBallotText, VOTE_PHASE_LABELS } from '@shared/voting/ballots';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmBallotDispute, confirmBallotTrue, confirmCastBallot, confirmCloseVote, confirmOpenVote } from '../../confirm';
import { ConfirmOrDispute } from '../../components/ConfirmOrDispute';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';
import { useSubmit } from '../../hooks/useSubmit';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';
import { Field } from '../../components/ConsultationRecord';
import { now } from '../../clock';
import { BeforeOpening, Electorate } from './electorate';
import { RoomCountForm, RoomCountRecord } from './roomCount';
import './index.css';

const open = (url: string) => () => Taro.navigateTo({ url });

/* ---------- bars: display only; the verdict and every check come from the server ---------- */

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
function LiveTotals({ live }: { live: VoteTotalsView }) {
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
function Result({ result }: { result: VoteResultView }) {
  const { thresholds: t, turnout } = result;
  const verdict = result.passed ? '✓ 表决通过' : result.quorumMet ? '✗ 表决未通过' : '✗ 表决不成立';
  const counts = { agree: result.agree, disagree: result.disagree, abstain: result.abstain };
  return (
    <View className="section">
      <View className="section-title">表决结果</View>
      <View className="card">
        <View className={`verdict ${result.passed ? 'verdict-pass' : 'verdict-fail'}`}>{verdict}</View>
        {!result.quorumMet ? <View className="meta">参加表决的人数（或面积）未达到法定要求</View> : null}
        <View className="opinion-text">{result.explanation}</View>
        <View className="section">
          {result.checks.map((c, i) => (
            <View key={i} className={c.ok ? 'ok-text' : 'error-text'}>
              {c.ok ? '✓ 符合：' : '✗ 不符合：'}
              {c.text}
            </View>
          ))}
        </View>
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

/* ---------- my ballot ---------- */

/** 同意 / 反对 / 弃权 as three big buttons; each asks first, and the choice can change until the close. */
function Casting({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const { me, vote, consultation } = view;
  const { busy, error, setError, run } = useSubmit('投票失败，请重试');
  // A paper or proxy ballot entered for me has its own card (EntryReview).
  const mine = me.ballot && me.ballot.channel === 'online' ? me.ballot : undefined;
  useEffect(() => {
    preloadSubscriptions();
  }, []);

  const cast = async (choice: Choice) => {
    setError('');
    if (busy || (mine?.choice !== undefined && mine.choice === choice)) return;
    // Before the confirmation's await: WeChat opens its prompt only inside the tap itself.
    askToSubscribe('afterVote');
    if (!(await confirmCastBallot(CHOICE_LABELS[choice], Boolean(mine)))) return;
    await run(async () => {
      onChanged(await call('voting', 'ballot.cast', { consultationId: consultation.id, choice }));
      Taro.showToast({ title: mine ? '已修改' : '已投票', icon: 'success' });
    });
  };

  if (!mine && !me.canCast) {
    if (me.ballot) return null;
    return (
      <View className="card">
        <View>{me.why ?? '入社申请审核通过后才能投票'}</View>
      </View>
    );
  }
  return (
    <View className="card">
      {me.electorLabel ? <View className="meta">选民：{me.electorLabel}</View> : null}
      {mine ? (
        <>
          <View className="vote-mine">{mine.choiceLabel ? `已投：${mine.choiceLabel}` : '您已投票（无记名，不显示您的选择）'}</View>
          <View className="meta">投票时间：{formatChinaTime(mine.at)}</View>
        </>
      ) : (
        <View className="card-title">请投票</View>
      )}
      {me.canCast ? (
        <>
          {mine ? <View className="field-label section">如需修改，请重新选择：</View> : null}
          {CHOICES.map((c) => {
            const current = mine?.choice === c;
            return (
              <Button key={c} className={`btn vote-choice ${current ? 'btn-primary' : 'btn-plain'}`} disabled={busy} onClick={() => cast(c)}>
                {current ? `✓ ${CHOICE_LABELS[c]}（当前选择）` : CHOICE_LABELS[c]}
              </Button>
            );
          })}
          <View className="meta">截止前可以修改{vote.secret && mine ? '；无记名投票，修改时也不显示原来的选择' : ''}</View>
        </>
      ) : me.why ? (
        <View className="meta">{me.why}</View>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}

/** A paper or proxy ballot the committee entered for me: what it says, and 确认属实 / 有异议. */
function EntryReview({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const ballot = view.me.ballot;
  const entry = ballot?.entry;
  if (!ballot || !entry) return null;
  const consultationId = view.consultation.id;

  return (
    <View className="card">
      <View className="card-title">委员会为您录入的选票</View>
      <Field label="方式" value={`${ballot.channelLabel}选票`} />
      <Field label="选择" value={ballot.choiceLabel ?? '无记名，不显示'} />
      <Field label="录入人" value={entry.enteredByName} />
      <Field label="录入时间" value={formatChinaTime(ballot.at)} />
      <Field label="状态" value={entry.stateLabel} />
      {entry.note ? <Field label="您的说明" value={entry.note} /> : null}
      {view.me.canRespond ? (
        <ConfirmOrDispute
          prompt="请核对这张选票是否是您的意愿"
          placeholder="请说明哪里与您的意愿不符（必填）"
          noteMissing="请说明哪里与您的意愿不符"
          ask={(verdict) => (verdict === 'confirm' ? confirmBallotTrue() : confirmBallotDispute())}
          send={async (answer) => onChanged(await call('voting', 'ballot.respond', { consultationId, ...answer }))}
        />
      ) : null}
    </View>
  );
}

/* ---------- the committee's part ---------- */

const goOn = async () => true;

function CommitteeVote({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const { can, vote, consultation } = view;
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');
  // Only the committee is told the proxy limit: it marks the committee's view of the vote.
  if (view.proxyLimit === undefined) return null;
  const id = consultation.id;

  const act = async (ask: () => Promise<boolean>, work: () => Promise<VoteView>, done: string | ((after: VoteView) => string)) => {
    setError('');
    if (!(await ask())) return;
    await run(async () => {
      const after = await work();
      onChanged(after);
      Taro.showToast({ title: typeof done === 'string' ? done : done(after), icon: 'success' });
    });
  };

  return (
    <View className="section">
      <View className="section-title">委员会：表决管理</View>
      {can.preview ? <BeforeOpening view={view} /> : null}
      {can.open ? (
        <Button
          className="btn btn-primary"
          disabled={busy}
          onClick={() =>
            act(
              vote.phase === 'preparing' ? goOn : confirmOpenVote,
              () => call('voting', 'vote.open', { consultationId: id }),
              (after) => (after.vote.phase === 'open' ? '表决已开始' : '正在生成选民名单'),
            )
          }
        >
          {vote.phase === 'preparing' ? '继续生成选民名单' : '开始表决'}
        </Button>
      ) : null}
      {can.close ? (
        <Button
          className="btn btn-primary"
          disabled={busy}
          // Going on with a count already begun takes nothing back: no question to answer.
          onClick={() =>
            act(
              vote.phase === 'counting' ? goOn : confirmCloseVote,
              () => call('voting', 'vote.close', { consultationId: id }),
              (after) => (after.vote.phase === 'sealed' ? '已计票' : '正在计票'),
            )
          }
        >
          {vote.phase === 'counting' ? '继续计票' : '关闭表决并计票'}
        </Button>
      ) : null}
      {vote.phase === 'open' && !can.close ? <View className="meta">截止时间（{formatChinaTime(vote.closesAt)}）过后半分钟，可以关闭表决并计票</View> : null}
      {can.enterPaper ? (
        <Button className="btn btn-plain" onClick={open(`/committee/paper/index?consultationId=${id}&proxyLimit=${view.proxyLimit}`)}>
          录入纸质选票
        </Button>
      ) : null}
      {vote.phase === 'open' ? (
        <Button className="btn btn-plain" onClick={open(`/committee/ballots/index?consultationId=${id}`)}>
          打印表决票
        </Button>
      ) : null}
      {vote.phase === 'open' || vote.phase === 'counting' || vote.phase === 'sealed' ? (
        <Button className="btn btn-plain" onClick={open(`/committee/tally-sheet/index?consultationId=${id}`)}>
          打印计票单
        </Button>
      ) : null}
      {can.participation ? (
        <Button className="btn btn-plain" onClick={open(`/committee/turnout/index?consultationId=${id}`)}>
          参与情况
        </Button>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
      <RoomCountForm view={view} onChanged={onChanged} />
    </View>
  );
}

/* ---------- the screen ---------- */

function Header({ view }: { view: VoteView }) {
  const { vote, consultation } = view;
  return (
    <View className="card">
      <View className="row">
        <Text className="meta">{consultation.title}</Text>
        <Text className="tag">{VOTE_PHASE_LABELS[vote.phase]}</Text>
      </View>
      <View className="card-title section">{vote.question}</View>
      <View className="section">
        <Field label="谁可以投" value={vote.scopeLabel} />
        <Field label="表决规则" value={vote.ruleLabel} />
        <Field label="怎样通过" value={vote.ruleText} />
        <Field label="开始时间" value={formatChinaTime(vote.opensAt)} />
        <Field label="截止时间" value={formatChinaTime(vote.closesAt)} />
        {vote.secret ? <Field label="投票方式" value="无记名投票：谁投了什么，任何人都看不到" /> : null}
      </View>
    </View>
  );
}

function Body({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const { vote } = view;
  if (vote.phase === 'planned') {
    return (
      <View className="card">
        <View className="card-title">表决尚未开始</View>
        <View className="meta">开始时间：{formatChinaTime(vote.opensAt)}</View>
      </View>
    );
  }
  if (vote.phase === 'preparing') {
    return (
      <View className="card">
        <View className="card-title">正在生成选民名单</View>
        <View className="meta">
          已写入 {view.preparing?.written ?? 0} / {view.electorate?.electors ?? 0}；写完即开始表决，系统每 5 分钟继续一次
        </View>
      </View>
    );
  }
  if (vote.phase === 'counting') {
    return (
      <View className="card">
        <View className="card-title">正在计票</View>
        <View className="meta">已计入 {view.counting?.ballots ?? 0} 张选票；计完后在此公布结果，系统每 5 分钟继续计票一次</View>
      </View>
    );
  }
  if (vote.phase === 'sealed') {
    return (
      <>
        {view.result ? <Result result={view.result} /> : <Empty text="计票结果暂时无法显示" />}
        {view.me.ballot && !view.me.ballot.entry ? <View className="card vote-mine">{countedBallotText(view.me.ballot)}</View> : null}
        <EntryReview view={view} onChanged={onChanged} />
      </>
    );
  }
  const past = now() >= vote.closesAt;
  return (
    <>
      {past ? (
        <View className="card">
          <View className="card-title">表决已截止</View>
          <View className="meta">等待委员会计票并公布结果</View>
        </View>
      ) : (
        <Casting view={view} onChanged={onChanged} />
      )}
      <EntryReview view={view} onChanged={onChanged} />
      {view.live ? <LiveTotals live={view.live} /> : vote.secret ? <View className="meta section">无记名投票：截止前不公布票数</View> : null}
    </>
  );
}

/** 表决: the question, who may vote and how it passes, my ballot, the running count, and the sealed result — one call. */
export default function VoteScreen() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useLoad(() => call('voting', 'vote.get', { consultationId }));
  // What a cast, a response or the committee's step answered with; it holds until the screen reloads.
  const [changed, setChanged] = useState<{ of: VoteView; view: VoteView } | null>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    if (loaded.error.code === 'NOT_FOUND') return <Empty text={loaded.error.message} />;
    return <Failure error={loaded.error} onRetry={loaded.reload} />;
  }
  const base = loaded.data;
  const view = changed?.of === base ? changed.view : base;
  const onChanged = (v: VoteView) => setChanged({ of: base, view: v });
  return (
    <View className="page">
      <Header view={view} />
      <Electorate view={view} />
      <Body view={view} onChanged={onChanged} />
      <RoomCountRecord view={view} />
      <CommitteeVote view={view} onChanged={onChanged} />
    </View>
  );
}
