import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { percent } from '@shared/voting/decide';
import { call } from '../../api';
import { Empty, Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

/**
 * 参与情况: how many have voted, and who has not yet, so the committee can remind them in person.
 * Open ballots only; the server lists at most 200 names and counts them all.
 */
export default function VoteTurnout() {
  const { params } = useRouter();
  const consultationId = params.consultationId ?? '';
  const list = useLoad(() => call('voting', 'vote.participation', { consultationId }));
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') {
    // A secret vote, or one not yet open, has no list to show: trying again would not change that.
    if (list.error.code === 'FORBIDDEN' || list.error.code === 'WRONG_STATE') return <Empty text={list.error.message} />;
    return <Failure error={list.error} onRetry={list.reload} />;
  }
  const { ballots, electors, notVoted, notVotedCount } = list.data;
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">
          已投 {ballots} / 选民 {electors}
        </View>
        <View className="meta">
          {electors > 0 ? `已投票 ${percent(ballots, electors, 1, false)}，` : ''}尚未投票 {notVotedCount} 位
        </View>
      </View>
      <View className="section">
        <View className="section-title">尚未投票（{notVotedCount} 位）</View>
        {notVotedCount === 0 ? (
          <Empty text="所有选民都已投票" />
        ) : (
          <View className="card">
            {notVoted.map((e) => (
              <View key={e.electorId} className="kv">
                <View className="kv-value">{e.label}</View>
              </View>
            ))}
          </View>
        )}
        {notVotedCount > notVoted.length ? (
          <View className="meta">
            最多显示 200 位，这里列出前 {notVoted.length} 位，其余 {notVotedCount - notVoted.length} 位未列出
          </View>
        ) : notVotedCount > 0 ? (
          <View className="meta">名单最多显示 200 位</View>
        ) : null}
      </View>
    </View>
  );
}
