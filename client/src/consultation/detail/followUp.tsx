import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { IN_PLACE_STEPS, useInPlaceSteps } from './steps';

const open = (url: string) => () => Taro.navigateTo({ url });

/**
 * 后续工作: the committee's steps after the talking, as the server's `manage` flags allow. Steps
 * with a form open their page in the committee subpackage; the two without one (公示结果,
 * 组织实施) run here after a confirmation, and the detail shows what they answered.
 */
export function FollowUp({ detail, onChanged }: { detail: ConsultationDetailView; onChanged: (d: ConsultationDetailView) => void }) {
  const { manage, consultation: c, result } = detail;
  const { busy, error, take } = useInPlaceSteps(c, onChanged);
  if (!Object.values(manage).some(Boolean)) return null;
  const meeting = detail.community.kind === 'village' ? '村民会议' : '居民会议';

  return (
    <View className="section">
      <View className="section-title">后续工作</View>
      {manage.closeConsultation ? (
        <Button className="btn btn-primary" onClick={open(`/committee/outcome/index?id=${c.id}`)}>
          形成协商意见
        </Button>
      ) : null}
      {manage.writeOutcome ? (
        <Button className={`btn ${result.outcome ? 'btn-plain' : 'btn-primary'}`} onClick={open(`/committee/outcome/index?id=${c.id}`)}>
          {result.outcome ? '修改协商意见' : '填写协商意见'}
        </Button>
      ) : null}
      {manage.writeOutcome && !result.outcome ? <View className="meta">公示结果前须先填写协商意见</View> : null}
      {manage.publishResult ? (
        <Button className="btn btn-primary" disabled={busy} onClick={() => take(IN_PLACE_STEPS.publishResult)}>
          公示结果
        </Button>
      ) : null}
      {manage.escalate ? (
        <Button className="btn btn-plain" onClick={open(`/committee/escalate/index?id=${c.id}`)}>
          提交{meeting}表决
        </Button>
      ) : null}
      {manage.startImplementation ? (
        <Button className="btn btn-primary" disabled={busy} onClick={() => take(IN_PLACE_STEPS.startImplementation)}>
          组织实施
        </Button>
      ) : null}
      {manage.postProgress ? (
        <Button className="btn btn-plain" onClick={open(`/committee/progress/index?consultationId=${c.id}`)}>
          报告落实进展
        </Button>
      ) : null}
      {manage.complete ? (
        <Button className="btn btn-primary" onClick={open(`/committee/complete/index?id=${c.id}`)}>
          落实完成
        </Button>
      ) : null}
      {manage.archive ? (
        <Button className="btn btn-primary" onClick={open(`/committee/archive/index?id=${c.id}`)}>
          归档封存
        </Button>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
