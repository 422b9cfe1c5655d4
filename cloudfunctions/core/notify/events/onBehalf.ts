import type { ConsultationDoc, ElectorDoc, OpinionDoc } from '../../docs';
import { aboutConsultation, direct } from './event';

/**
 * What was entered for members: an opinion for its author, or a paper ballot for an elector's voters;
 * `helperName` when a member of their household did it (家人代办) rather than the committee.
 */
type Entered = ({ c: ConsultationDoc; opinion: OpinionDoc } | { c: ConsultationDoc; elector: ElectorDoc; ballotKey: string }) & { helperName?: string };

/**
 * 代录: a committee member entered something for members, who should confirm or dispute it — an
 * opinion (its author), or a paper ballot (the elector's voters, never told the choice: it may be secret).
 */
export const enteredOnBehalf = direct({
  kind: 'onBehalf',
  label: '代录确认',
  template: 'reply',
  audience: (f: Entered) => ('opinion' in f ? [f.opinion.authorId] : f.elector.voters),
  says: (f, now) =>
    'opinion' in f
      ? {
          key: `${f.opinion._id}:entered`,
          ...aboutConsultation(f.c),
          title: f.helperName ? `您的家人${f.helperName}代您提交了一条意见` : `委员会为您代录了一条意见`,
          body: `「${f.c.plan.title}」：请核对代录的内容，确认无误或提出异议。`,
          fields: { title: f.c.plan.title, status: '待确认', time: now, note: '请核对代录的意见' },
          page: 'consultation/my-opinions/index',
        }
      : {
          key: `${f.ballotKey}:entered`,
          ...aboutConsultation(f.c),
          title: f.helperName ? `您的家人${f.helperName}代您投了票` : `委员会录入了您的纸质选票`,
          body: `「${f.c.plan.title}」：请在表决页面核对并确认，如有出入请提出异议。`,
          fields: { title: f.c.plan.title, status: '待确认', time: now, note: '请核对录入的选票' },
          page: `vote/index/index?consultationId=${f.c._id}`,
        },
});
