/* The committee's part of the vote screen: open, close, paper ballots, printables and the room's count. The screen shows it when `can.manage`. */
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VoteView } from '@shared/api/views';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmCloseVote, confirmOpenVote } from '../../confirm';
import { useSubmit } from '../../hooks/useSubmit';
import { BeforeOpening } from './electorate';
import { FamilyProxies } from './familyProxies';
import { RoomCountForm } from './roomCount';

const open = (url: string) => () => Taro.navigateTo({ url });

const goOn = async () => true;

export function CommitteeVote({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const { can, vote, consultation } = view;
  const { busy, error, setError, run } = useSubmit('操作失败，请重试');
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
      {can.enterPaper ? <FamilyProxies consultationId={id} /> : null}
      <RoomCountForm view={view} onChanged={onChanged} />
    </View>
  );
}
