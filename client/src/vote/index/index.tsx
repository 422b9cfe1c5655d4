import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { VoteView } from '@shared/api/views';
import { countedBallotText, VOTE_PHASE_LABELS } from '@shared/voting/ballots';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { Field } from '../../components/ConsultationRecord';
import { TermNotes } from '../../components/TermNotes';
import { useLoad } from '../../hooks/useLoad';
import { useUntilReload } from '../../hooks/useUntilReload';
import { now } from '../../clock';
import { LiveTotals, Result } from './bars';
import { Casting, EntryReview } from './ballot';
import { CommitteeVote } from './committee';
import { Electorate } from './electorate';
import { RoomCountRecord } from './roomCount';
import './index.css';
import { usePageClass } from '../../care/careMode';

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
        <TermNotes text={vote.ruleText} />
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
  const pageClass = usePageClass();
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const loaded = useLoad(() => call('voting', 'vote.get', { consultationId }));
  // What a cast, a response or the committee's step answered with; it holds until the screen reloads.
  const changed = useUntilReload<VoteView>();
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') {
    if (loaded.error.code === 'NOT_FOUND') return <Empty text={loaded.error.message} />;
    return <Failure error={loaded.error} onRetry={loaded.reload} />;
  }
  const base = loaded.data;
  const view = changed.over(base, base);
  const onChanged = (v: VoteView) => changed.set(base, v);
  return (
    <View className={pageClass}>
      <Header view={view} />
      <Electorate view={view} />
      <Body view={view} onChanged={onChanged} />
      <RoomCountRecord view={view} />
      {view.can.manage ? <CommitteeVote view={view} onChanged={onChanged} /> : null}
    </View>
  );
}
