import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

/** 复议: an objection was upheld and everyone who took part hears the consultation is open again, and why. */
export const reconsidered = announced({
  kind: 'reconsidered',
  label: '进入复议',
  template: 'result',
  audience: () => ({ kind: 'participants' }),
  says: ({ c, reason }: { c: ConsultationDoc; reason: string }, now) =>
    toParticipants(c, now, {
      key: `${c._id}:reconsidered:${c.version + 1}`,
      status: '复议',
      title: `协商复议：${c.plan.title}`,
      body: `委员会采纳了异议，议题重新进入协商：${reason}`,
    }),
});
