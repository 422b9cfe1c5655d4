import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView, NextAction } from '@shared/api/views';
import { IN_PLACE_STEPS, useInPlaceSteps } from './steps';

/** Where each next step that needs a page of its own is done. */
function pageOf(action: NextAction, id: string): { label: string; url: string } | null {
  switch (action) {
    case 'editPlan':
      return { label: '修改方案', url: `/committee/draft/index?id=${id}` };
    case 'attendance':
      return { label: '确认报名人员', url: `/committee/attendance/index?consultationId=${id}` };
    case 'rescheduleVote':
      return { label: '调整表决时间', url: `/committee/vote-time/index?id=${id}` };
    case 'recordPriorStep':
      return { label: '记录前置研究', url: `/committee/prior/index?id=${id}` };
    case 'viewVote':
      return { label: '查看表决', url: `/vote/index/index?consultationId=${id}` };
    case 'replyOpinions':
      return { label: '去答复意见', url: `/consultation/opinions/index?consultationId=${id}` };
    case 'closeConsultation':
      return { label: '形成协商意见', url: `/committee/outcome/index?id=${id}` };
    case 'writeOutcome':
      return { label: '填写协商意见', url: `/committee/outcome/index?id=${id}` };
    case 'answerObjections':
      return { label: '答复异议', url: `/board/objections/index?consultationId=${id}` };
    case 'postProgress':
      return { label: '报告落实进展', url: `/committee/progress/index?consultationId=${id}` };
    case 'archive':
      return { label: '归档封存', url: `/committee/archive/index?id=${id}` };
    default:
      return null;
  }
}

/**
 * 下一步: the committee's next step at the top of the detail page — what to do now, or what the
 * scheduler will do by itself and when — with the button that does it.
 */
export function NextStep({ detail, onChanged }: { detail: ConsultationDetailView; onChanged: (d: ConsultationDetailView) => void }) {
  const c = detail.consultation;
  const { busy, error, take } = useInPlaceSteps(c, onChanged);
  const step = detail.nextStep;
  if (!step) return null;
  const page = step.action ? pageOf(step.action, c.id) : null;
  const inPlace = step.action && step.action in IN_PLACE_STEPS ? IN_PLACE_STEPS[step.action as keyof typeof IN_PLACE_STEPS] : null;

  return (
    <View className="card next-step">
      <View className="meta">下一步</View>
      <View className="card-title">{step.title}</View>
      <View>{step.detail}</View>
      {page ? (
        <Button className="btn btn-primary" onClick={() => Taro.navigateTo({ url: page.url })}>
          {page.label}
        </Button>
      ) : null}
      {inPlace ? (
        <Button className="btn btn-primary" disabled={busy} onClick={() => take(inPlace)}>
          {inPlace.label}
        </Button>
      ) : null}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
