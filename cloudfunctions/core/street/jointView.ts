import {
  JOINT_COUNT_RULE_LABELS,
  STATE_LABELS,
  judge,
  jointPassed,
  noCounts,
  toHundredths,
  type Decision,
  type JointPartView,
  type JointSummaryView,
  type JointView,
  type VoteCount,
} from '@shared';
import type { ConsultationDoc, JointDoc, TallyDoc } from '../docs';
import type { Store } from '../store/port';
import { mayCompleteJoint, mayRecordJointOutcome, partsSettled } from '../access/joint';
import type { StaffOfStreet } from '../access/street';
import { voteIdOf } from '../voting/loadVote';

/** Implementation past its deadline and not reported complete: what the street follows up (督促). */
export const jointOverdue = (j: JointDoc, now: number): boolean => Boolean(j.outcome && !j.completion && now > j.outcome.dueAt);

/** Where the matter stands; a list, which does not read the parts, says only that no outcome is recorded yet. */
function stateLabel(j: JointDoc, now: number, settled?: boolean): string {
  if (j.completion) return '已落实';
  if (j.outcome) return jointOverdue(j, now) ? '落实逾期' : '落实中';
  if (settled === undefined) return '尚未形成协商意见';
  return settled ? '各社区已协商，待形成协商意见' : '各社区协商中';
}

export function toJointSummary(j: JointDoc, now: number, settled?: boolean): JointSummaryView {
  return {
    id: j._id,
    title: j.title,
    communityNames: j.parts.map((p) => p.communityName),
    stateLabel: stateLabel(j, now, settled),
    ...(j.outcome ? { dueAt: j.outcome.dueAt } : {}),
    overdue: jointOverdue(j, now),
  };
}

const sealedOf = (t: TallyDoc | undefined): Decision | undefined => (t?.status === 'sealed' ? t.sealed?.decision : undefined);

/**
 * The parts' counts added up into one, judged by the same rule at its legal floor: heads, areas
 * (in hundredths) and the electorates summed, so the combined verdict is exact as each part's is.
 */
function combined(tallies: TallyDoc[]): Decision | undefined {
  const decisions = tallies.map(sealedOf);
  if (tallies.length === 0 || decisions.some((d) => d === undefined)) return undefined;
  const count: VoteCount = { by: noCounts(), rejected: [], headsTotal: 0, areaTotal: 0, silent: 0 };
  for (const d of decisions as Decision[]) {
    for (const choice of ['agree', 'disagree', 'abstain'] as const) {
      count.by[choice].heads += d[choice].heads;
      count.by[choice].hundredths += toHundredths(d[choice].area ?? 0);
    }
    count.silent! += d.turnout.silent ?? 0;
    count.headsTotal += d.turnout.headsTotal;
    count.areaTotal += toHundredths(d.turnout.areaTotal ?? 0);
  }
  return judge({ rule: { kind: tallies[0].rule }, form: tallies[0].form ?? 'persons', count });
}

function partView(part: JointDoc['parts'][number], c: ConsultationDoc | undefined, t: TallyDoc | undefined): JointPartView {
  const d = sealedOf(t);
  const ballots = t ? t.counters.agree + t.counters.disagree + t.counters.abstain : 0;
  return {
    ...part,
    statusLabel: c ? STATE_LABELS[c.status] : '',
    electors: t?.electors ?? 0,
    ballots: d ? d.turnout.heads - (d.turnout.silent ?? 0) : ballots,
    ...(d ? { counted: { agree: d.agree.heads, disagree: d.disagree.heads, abstain: d.abstain.heads, passed: d.passed, explanation: d.explanation } } : {}),
  };
}

/**
 * 跨社区协商 as the street's staff see it: each community's part with its own count, and the
 * combined count and verdict under the plan's count rule, in two reads (the parts, their tallies)
 * whatever the number of residents or ballots.
 */
export async function toJointView(ctx: { store: Store; now: number }, j: JointDoc, { staff }: StaffOfStreet): Promise<JointView> {
  const ids = j.parts.map((p) => p.consultationId);
  const consultations = await ctx.store.find<ConsultationDoc>('consultations', { _id: { $in: ids } });
  const byId = new Map(consultations.map((c) => [c._id, c]));
  const voteIds = consultations.filter((c) => c.plan.vote).map(voteIdOf);
  const tallies = voteIds.length ? await ctx.store.find<TallyDoc>('tallies', { _id: { $in: voteIds } }) : [];
  const tallyOf = (c: ConsultationDoc | undefined) => (c ? tallies.find((t) => t._id === voteIdOf(c)) : undefined);
  const parts = j.parts.map((p) => partView(p, byId.get(p.consultationId), tallyOf(byId.get(p.consultationId))));
  const settled = partsSettled(j, consultations);
  const partTallies = j.parts.map((p) => tallyOf(byId.get(p.consultationId))).filter((t): t is TallyDoc => t !== undefined);
  const overall = partTallies.length === j.parts.length ? combined(partTallies) : undefined;
  const passed = overall
    ? jointPassed(
        j.countRule,
        parts.map((p) => p.counted?.passed),
        overall.passed,
      )
    : undefined;
  return {
    ...toJointSummary(j, ctx.now, settled),
    version: j.version,
    countRuleLabel: JOINT_COUNT_RULE_LABELS[j.countRule],
    parts,
    ...(overall
      ? {
          overall: {
            electors: overall.turnout.headsTotal,
            ballots: overall.turnout.heads - (overall.turnout.silent ?? 0),
            agree: overall.agree.heads,
            disagree: overall.disagree.heads,
            abstain: overall.abstain.heads,
            passed: overall.passed,
            explanation: overall.explanation,
          },
        }
      : {}),
    ...(passed === undefined ? {} : { passed }),
    ...(j.outcome ? { outcome: { text: j.outcome.text, responsible: j.outcome.responsible, dueAt: j.outcome.dueAt, at: j.outcome.at } } : {}),
    ...(j.completion ? { completion: { report: j.completion.report, at: j.completion.at } } : {}),
    can: { recordOutcome: mayRecordJointOutcome(staff, j, consultations).ok, complete: mayCompleteJoint(staff, j).ok },
  };
}
