import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { MinutesRecord } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { meetingOf } from './meetings';
import { MINUTES_EDITABLE, minutesView } from './minutes';

/**
 * 保存会议纪要: what the host wrote on the phone. Saving is guarded by the version the form was
 * loaded at, so two editors cannot overwrite each other; a change takes back both confirmations —
 * the recorder and the host confirm what the minutes now say.
 */
export const saveMinutes: UseCase<'meeting', 'meeting.saveMinutes'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, input.consultationId, who);
  if (!MINUTES_EDITABLE.includes(c.status)) throw new DomainError('WRONG_STATE', '结果公布后会议纪要不能再改');
  const meeting = await meetingOf(ctx, c);
  const was = meeting.minutes?.version ?? 0;
  if (input.version !== was) throw new DomainError('CONFLICT', '会议纪要已被他人修改，请刷新后再改');
  const minutes: MinutesRecord = {
    recorder: input.recorder,
    agenda: input.agenda,
    speeches: input.speeches.map((s) => ({ speaker: s.speaker, text: s.text, ...(s.opinionId ? { opinionId: s.opinionId } : {}) })),
    decisions: input.decisions,
    version: was + 1,
    savedBy: who.member._id,
    savedAt: ctx.now,
    confirmed: {},
  };
  // The meeting's own version guards every write to it, this one too.
  const saved = await ctx.store.update('meetings', { _id: meeting._id, version: meeting.version }, { set: { minutes, version: meeting.version + 1 } });
  if (!saved) throw new DomainError('CONFLICT', '会议纪要已被他人修改，请刷新后再改');
  await auditBy(ctx, who.member, {
    action: 'meeting.saveMinutes',
    entity: 'meeting',
    entityId: `${meeting._id}:minutes`,
    before: was ? { status: 'saved', version: was } : null,
    after: { status: 'saved', version: minutes.version },
  });
  return minutesView(ctx, { ...meeting, minutes, version: meeting.version + 1 }, c, who.member);
};
