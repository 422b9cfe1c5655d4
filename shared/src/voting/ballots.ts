import { STATE_LABELS } from '../consultation/lifecycle';

/**
 * How a ballot reached the count: cast online, a signed paper ballot, or by a proxy (委托).
 * @internal The dossier test lists the codes with it rather than repeating them.
 */
export const BALLOT_CHANNELS = ['online', 'paper', 'proxy'] as const;
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];
export const BALLOT_CHANNEL_LABELS: Record<BallotChannel, string> = { online: '网上', paper: '纸质', proxy: '委托' };

/** A household member's 委托书 for a relative's ballot, as the committee decides on it (家人代办). */
export type ProxyRequestState = 'pending' | 'confirmed' | 'refused';
export const PROXY_REQUEST_LABELS: Record<ProxyRequestState, string> = { pending: '等待委员会确认', confirmed: '委员会已确认', refused: '委员会已退回' };

/** A vote's road: planned in the consultation, open for ballots, closed and sealed. */
export type VotePhase = 'planned' | 'preparing' | 'open' | 'counting' | 'sealed';
/** An open vote is called what the consultation's state calls it: one word for one thing. */
export const VOTE_PHASE_LABELS: Record<VotePhase, string> = {
  planned: '尚未开始',
  preparing: '生成选民名单中',
  open: STATE_LABELS.voting,
  counting: '计票中',
  sealed: '已计票',
};

/**
 * What a voter reads of their own ballot once the vote is counted: the choice of a recorded vote;
 * of a secret one, that they took part — its choices are no longer kept, only the totals.
 */
export function countedBallotText(ballot: { channelLabel: string; choiceLabel?: string }): string {
  if (ballot.choiceLabel) return `您的表决：${ballot.choiceLabel}（${ballot.channelLabel}）`;
  return `您参加了本次表决（${ballot.channelLabel}）。无记名投票计票后不再保存任何人的选择，只保留总票数`;
}
