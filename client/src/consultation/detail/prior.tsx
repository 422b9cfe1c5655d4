import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { FourAndTwoPublic, PriorSteps } from '../../components/PriorDiscussion';

/**
 * 前置研究 on the detail page: what the Party organisation discussed before a statutory body
 * votes, for everyone to read; the committee's way to record the next step lives in its subpackage.
 */
export function PriorSection({ detail }: { detail: ConsultationDetailView }) {
  const prior = detail.prior;
  if (!prior) return null;
  return (
    <View className="section">
      <View className="section-title">前置研究</View>
      {prior.required && !prior.done ? <View className="meta">此事项须经党组织研究讨论后才能表决，前置研究尚未记录完成</View> : null}
      <PriorSteps steps={prior.steps} />
      {prior.sequence ? <FourAndTwoPublic sequence={prior.sequence} /> : null}
      {prior.next ? <View className="meta">下一步记录：{prior.next.label}</View> : null}
      {prior.next ? (
        <Button className="btn btn-plain" onClick={() => Taro.navigateTo({ url: `/committee/prior/index?id=${detail.consultation.id}` })}>
          记录前置研究
        </Button>
      ) : null}
    </View>
  );
}
