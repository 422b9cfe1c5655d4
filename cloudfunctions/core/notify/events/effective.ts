import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

/** 公示期满，结果生效: everyone who took part hears how the objection window ended (`answered`: the objections it had, all answered). */
export const resultEffective = announced({
  kind: 'effective',
  label: '结果生效',
  template: 'result',
  audience: () => ({ kind: 'participants' }),
  says({ c, answered }: { c: ConsultationDoc; answered: number }, now) {
    const ended = answered === 0 ? '公示期满无异议' : `公示期满，${answered} 条异议均已答复`;
    return toParticipants(c, now, {
      key: `${c._id}:effective:${c.version + 1}`,
      status: '已生效',
      title: `协商结果生效：${c.plan.title}`,
      body: `${ended}，协商结果已生效：${c.outcome?.text ?? ''}`,
    });
  },
});
