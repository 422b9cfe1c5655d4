import { useRef, type PropsWithChildren, type ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { call } from '../../api';
import { Failure, Loading } from '../../components/LoadState';
import { useLoad } from '../../hooks/useLoad';

/** Back to the consultation once a step is done: opened from it, going back shows it reloaded; from a link, open it afresh. */
export function backToDetail(consultationId: string) {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  return Taro.redirectTo({ url: `/consultation/detail/index?id=${consultationId}` });
}

/** The consultation a follow-up form is about, as its header. */
export function ConsultationHeader({ detail }: { detail: ConsultationDetailView }) {
  return (
    <View className="card">
      <View className="card-title">{detail.consultation.plan.title}</View>
      <View className="meta">当前阶段：{detail.consultation.statusLabel}</View>
    </View>
  );
}

/**
 * What a follow-up page shows when its step is not (or no longer) open: someone else did it, or
 * the consultation moved on. Said plainly, with the way back.
 */
function StepClosed({ detail, children }: PropsWithChildren<{ detail: ConsultationDetailView }>) {
  return (
    <View className="page">
      <ConsultationHeader detail={detail} />
      <View className="card">{children}</View>
      <Button className="btn btn-plain" onClick={() => backToDetail(detail.consultation.id)}>
        返回协商详情
      </Button>
    </View>
  );
}

/**
 * A follow-up form on one consultation: loads its detail, then shows the form while `isOpen` says
 * the step may be taken, else why not. A reload that fails later (coming back from the album, say)
 * keeps the form and what was typed on screen rather than swapping it for the error.
 */
export function WithDetail(props: {
  id: string;
  isOpen: (d: ConsultationDetailView) => boolean;
  closed: string;
  /** `reload` fetches the detail again: a form whose version went stale (CONFLICT) takes the fresh one. */
  children: (d: ConsultationDetailView, reload: () => void) => ReactNode;
}) {
  const loaded = useLoad(() => call('consultation', 'consultation.get', { id: props.id }));
  const last = useRef<ConsultationDetailView | null>(null);
  if (loaded.status === 'ready') last.current = loaded.data;
  const detail = last.current;
  if (!detail) return loaded.status === 'error' ? <Failure error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  if (!props.isOpen(detail)) return <StepClosed detail={detail}>{props.closed}</StepClosed>;
  return <>{props.children(detail, loaded.reload)}</>;
}
