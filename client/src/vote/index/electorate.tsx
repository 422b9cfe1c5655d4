import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VoteView } from '@shared/api/views';
import { call } from '../../api';
import { formatDay } from '../../dates';
import { useLoad } from '../../hooks/useLoad';
import { TermNotes } from '../../components/TermNotes';

/**
 * 应到: the denominator every turnout and pass line is measured against, for everyone once the vote
 * opened, secret votes too — and how many of them can vote here, so nobody reads the app's count
 * as the whole electorate.
 */
export function Electorate({ view }: { view: VoteView }) {
  const e = view.electorate;
  if (!e) return null;
  const unit = e.unit;
  return (
    <View className="card">
      <View className="card-title">
        应到 {e.electors} {unit}
      </View>
      {e.online !== undefined ? (
        <View className="meta">
          （其中 {e.online} {unit}使用小程序，其余可纸质、委托或到场投票）
        </View>
      ) : null}
      <TermNotes text="应到" />
    </View>
  );
}

const open = (url: string) => () => Taro.navigateTo({ url });

/**
 * The committee's view before the vote opens: the electorate the register gives on the opening
 * day, the people it cannot yet place (opening waits for them), and — when the open button is
 * missing for it — the Party organisation's prior discussion still to be recorded.
 */
export function BeforeOpening({ view }: { view: VoteView }) {
  const id = view.consultation.id;
  const preview = useLoad(() => call('voting', 'vote.preview', { consultationId: id }));
  const priorMissing = view.can.recordPrior;

  return (
    <>
      {preview.status === 'ready' ? (
        <View className="card">
          <View className="card-title">
            本次表决应到 {preview.data.electors} {preview.data.unit}，其中已使用小程序 {preview.data.online} {preview.data.unit}
          </View>
          <View className="meta">按名册计算，年龄算至{formatDay(preview.data.onDate)}；开始表决时以当时的名册为准</View>
          {preview.data.undecided.length > 0 ? (
            <View className="section">
              <View className="error-text">
                ⚠ 名册中以下人员的出生日期不足以判断表决之日是否年满十八周岁：{preview.data.undecided.join('、')}。请先在名册中补全出生日期，否则表决不能开始。
              </View>
              <Button className="btn btn-plain" onClick={open('/committee/register/index')}>
                去名册补全
              </Button>
            </View>
          ) : null}
        </View>
      ) : preview.status === 'error' ? (
        <View className="error-text">应到人数暂时无法计算：{preview.error.message}</View>
      ) : null}
      {priorMissing ? (
        <View className="card">
          <View>此事项须先经党组织研究讨论，记录前置研究后才能开始表决（到时也不会自动开始）。</View>
          <Button className="btn btn-primary" onClick={open(`/committee/prior/index?id=${id}`)}>
            记录前置研究
          </Button>
        </View>
      ) : !view.can.open ? (
        <View className="meta">议题进入“协商中”且到了表决开始时间，才能开始表决</View>
      ) : null}
    </>
  );
}
