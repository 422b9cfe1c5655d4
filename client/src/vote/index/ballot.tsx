/* The resident's ballot: casting it online, and a paper or proxy ballot the committee entered for them. */
import { useEffect } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VoteView } from '@shared/api/views';
import { CHOICES, CHOICE_LABELS, type Choice } from '@shared/voting/decide';
import { formatChinaTime } from '@shared/time';
import { call } from '../../api';
import { confirmBallotDispute, confirmBallotTrue, confirmCastBallot } from '../../confirm';
import { ConfirmOrDispute } from '../../components/ConfirmOrDispute';
import { Field } from '../../components/ConsultationRecord';
import { useSubmit } from '../../hooks/useSubmit';
import { askToSubscribe, preloadSubscriptions } from '../../notify/subscribe';

/** 同意 / 反对 / 弃权 as three big buttons; each asks first, and the choice can change until the close. */
export function Casting({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
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

/** A paper or proxy ballot the committee entered for me, or my family cast (家人代办): what it says, and 确认属实 / 有异议. */
export function EntryReview({ view, onChanged }: { view: VoteView; onChanged: (v: VoteView) => void }) {
  const ballot = view.me.ballot;
  const entry = ballot?.entry;
  if (!ballot || !entry) return null;
  const consultationId = view.consultation.id;

  return (
    <View className="card">
      <View className="card-title">
        {ballot.family
          ? `${ballot.family.label}，由 ${ballot.family.helperName} 代投，${entry.state === 'pending' ? '待您确认' : entry.stateLabel}`
          : '委员会为您录入的选票'}
      </View>
      <Field label="方式" value={ballot.family ? `${ballot.family.label}（凭委员会确认的委托书）` : `${ballot.channelLabel}选票`} />
      <Field label="选择" value={ballot.choiceLabel ?? '无记名，不显示'} />
      <Field label={ballot.family ? '代投人' : '录入人'} value={entry.enteredByName} />
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
