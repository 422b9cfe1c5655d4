import { formatChinaTime } from '@shared';
import type { ConsultationDoc } from '../../docs';
import { aboutConsultation, announced, scopeOf } from './event';

interface Moved {
  c: ConsultationDoc;
  moved: { opensAt: number; closesAt: number };
  reason: string;
  /** The consultation's version after the move. */
  version: number;
}

/**
 * 调整表决时间: everyone who was told of the consultation or may vote in it hears the new times,
 * since the notice and any reminder named the old ones.
 */
export const voteRescheduled = announced({
  kind: 'voteRescheduled',
  label: '表决时间调整',
  template: 'vote',
  audience: ({ c }: Moved) => ({ kind: 'scope', scopes: [scopeOf(c.plan.scope), c.plan.vote!.scope] }),
  says: ({ c, moved, reason, version }) => ({
    key: `${c._id}:voteTime:${version}`,
    ...aboutConsultation(c),
    title: `表决时间调整：${c.plan.title}`,
    body: `表决时间改为${formatChinaTime(moved.opensAt)}至${formatChinaTime(moved.closesAt)}。调整原因：${reason}`,
    fields: { title: c.plan.title, status: '时间调整', time: moved.opensAt, note: `截止${formatChinaTime(moved.closesAt)}` },
  }),
});
