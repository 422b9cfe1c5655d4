import Taro from '@tarojs/taro';
import type { ConsultationDetailView } from '@shared/api/views';
import { call } from '../../api';
import { useSubmit } from '../../hooks/useSubmit';
import { confirmOpenVote, confirmPublish, confirmPublishResult, confirmStartConsulting, confirmStartImplementation } from '../../confirm';

type Consultation = ConsultationDetailView['consultation'];

/** A step the committee takes in place on the detail page: asked first, then done; it answers the new detail. */
export interface InPlaceStep {
  label: string;
  ask: () => Promise<boolean>;
  run: (c: Consultation) => Promise<ConsultationDetailView>;
  done: string;
}

/**
 * The committee's one-tap steps, written once: the buttons below the record and the next-step card
 * at the top both take them from here.
 */
export const IN_PLACE_STEPS = {
  publish: {
    label: '发布公告',
    ask: confirmPublish,
    run: (c) => call('consultation', 'consultation.publishNotice', { id: c.id, version: c.version }),
    done: '已发布',
  },
  startConsulting: {
    label: '开始协商',
    ask: confirmStartConsulting,
    run: (c) => call('consultation', 'consultation.startConsulting', { id: c.id }),
    done: '已开始协商',
  },
  openVote: {
    label: '开始表决',
    ask: confirmOpenVote,
    run: async (c) => {
      await call('voting', 'vote.open', { consultationId: c.id });
      return call('consultation', 'consultation.get', { id: c.id });
    },
    done: '表决已开始',
  },
  publishResult: {
    label: '公示结果',
    ask: confirmPublishResult,
    run: (c) => call('result', 'result.publish', { id: c.id, version: c.version }),
    done: '已公示',
  },
  startImplementation: {
    label: '组织实施',
    ask: confirmStartImplementation,
    run: (c) => call('result', 'implementation.start', { id: c.id }),
    done: '已开始落实',
  },
} satisfies Record<string, InPlaceStep>;

/**
 * Taking such a step from a card: ask, then do, then show what it answered and say so; a refusal
 * is said beside the buttons.
 */
export function useInPlaceSteps(c: Consultation, onChanged: (d: ConsultationDetailView) => void) {
  const submit = useSubmit('操作失败，请重试');
  const take = async (step: InPlaceStep) => {
    submit.setError('');
    if (!(await step.ask())) return;
    await submit.run(async () => {
      onChanged(await step.run(c));
      Taro.showToast({ title: step.done, icon: 'success' });
    });
  };
  return { ...submit, take };
}
