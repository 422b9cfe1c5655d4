import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

/** 落实进展: everyone who took part hears of each progress report (`progressId`: the report's id). */
export const progressPosted = announced({
  kind: 'progress',
  label: '落实进展',
  template: 'progress',
  audience: () => ({ kind: 'participants' }),
  says: ({ c, progressId, percent, text }: { c: ConsultationDoc; progressId: string; percent: number; text: string }, now) =>
    toParticipants(c, now, {
      key: `${progressId}:progress`,
      status: '新进展',
      title: `落实进展：${c.plan.title}`,
      body: `进度 ${percent}%：${text}`,
    }),
});
