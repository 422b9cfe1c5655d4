import { formatChinaTime } from '@shared';
import type { ConsultationDoc } from '../../docs';
import { aboutConsultation, announced } from './event';

/** 开始表决: every voter of the snapshotted electorate. */
export const voteOpened = announced({
  kind: 'voteOpened',
  label: '开始表决',
  template: 'vote',
  audience: ({ voteId }: { c: ConsultationDoc; voteId: string }) => ({ kind: 'electorate', voteId }),
  says({ c, voteId }, now) {
    const closesAt = c.plan.vote?.closesAt ?? now;
    return {
      key: `${voteId}:opened`,
      ...aboutConsultation(c),
      title: `开始表决：${c.plan.title}`,
      body: `请在${formatChinaTime(closesAt)}前投票。`,
      fields: { title: c.plan.title, status: '表决中', time: closesAt, note: '请在截止前投票' },
      page: `vote/index/index?consultationId=${c._id}`,
    };
  },
});
