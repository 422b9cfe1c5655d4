import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

/** 落实完成: everyone who took part hears of the final report and is asked to rate it within `days`. */
export const implementationCompleted = announced({
  kind: 'completed',
  label: '落实完成',
  template: 'progress',
  audience: () => ({ kind: 'participants' }),
  says: ({ c, report, days }: { c: ConsultationDoc; report: string; days: number }, now) =>
    toParticipants(c, now, {
      key: `${c._id}:completed`,
      status: '已完成',
      title: `落实完成：${c.plan.title}`,
      body: `${report}（欢迎在${days}天内为落实结果打分）`,
    }),
});
