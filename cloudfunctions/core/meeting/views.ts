import { CHECKIN_WAY_LABELS, RULE_BODIES, type CheckinRowView, type MeetingView } from '@shared';
import type { UseCaseContext } from '../context';
import type { CheckinDoc, ConsultationDoc, MeetingDoc } from '../docs';
import { latestCheckins, quorumOf } from './meetings';

/** Check-ins the host's screen lists, latest first: enough to see who just came, never the whole hall. */
const RECENT = 30;

function toCheckinRow(c: CheckinDoc): CheckinRowView {
  return {
    electorId: c.electorId,
    label: c.label,
    wayLabel: CHECKIN_WAY_LABELS[c.way],
    present: c.present,
    at: c.at,
    ...(c.proxy ? { proxyName: c.proxy.name } : {}),
  };
}

/** The host's screen of a meeting: the counts, the quorum line, the projector's code, who came last. */
export async function meetingView(ctx: UseCaseContext, meeting: MeetingDoc, c: ConsultationDoc): Promise<MeetingView> {
  const [quorum, recent] = await Promise.all([quorumOf(ctx, meeting, c), latestCheckins(ctx, meeting._id, RECENT)]);
  return {
    consultationId: c._id,
    title: c.plan.title,
    status: meeting.status,
    body: meeting.rule ? RULE_BODIES[meeting.rule] : '参会人员',
    quorum,
    screen: meeting.screenCodeUntil > ctx.now ? { code: meeting.screenCode, until: meeting.screenCodeUntil } : null,
    recent: recent.map(toCheckinRow),
  };
}
