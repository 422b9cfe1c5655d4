import { formatChinaTime } from '@shared';
import type { ConsultationDoc } from '../../docs';
import { aboutConsultation, announced, scopeOf } from './event';

/** 发布公告: everyone in the consultation's scope (the community, or the buildings named). */
export const noticePublished = announced({
  kind: 'notice',
  label: '协商公告',
  template: 'notice',
  audience: ({ c }: { c: ConsultationDoc; version: number }) => ({ kind: 'scope', scopes: [scopeOf(c.plan.scope)] }),
  says({ c, version }, now) {
    const startsAt = c.plan.schedule?.startsAt ?? now;
    const where = c.plan.place ? `，地点：${c.plan.place}` : '';
    return {
      key: `${c._id}:notice:${version}`,
      ...aboutConsultation(c),
      title: `协商公告：${c.plan.title}`,
      body: `时间：${formatChinaTime(startsAt)}${where}。欢迎报名参加或发表意见。`,
      fields: { title: c.plan.title, status: '公告', time: startsAt, note: c.plan.place ?? '线上参与' },
    };
  },
});
