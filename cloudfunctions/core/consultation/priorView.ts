import {
  FOUR_AND_TWO_PUBLIC,
  nextPriorStep,
  PRIOR_STEP_LABELS,
  isStatutory,
  priorDiscussionDone,
  toChinaDateTimeParts,
  type CommunityKind,
  type PriorDiscussionView,
} from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc } from '../docs';

/** Where each of the last three steps of 四议两公开 is recorded: the consultation's own timeline. */
const RECORDED_BY = { decision: 'closeVote', decision_public: 'publishResult', result_public: 'complete' } as const;

/**
 * 前置研究 for the detail page: shown when the matter's vote needs it or a step was recorded. The
 * minutes' photos are for the committee and the supervisory committee; everyone sees the steps.
 */
export async function priorOf(
  ctx: UseCaseContext,
  doc: ConsultationDoc,
  kind: CommunityKind,
  overseer: boolean,
  isCommittee: boolean,
): Promise<PriorDiscussionView | undefined> {
  const recorded = doc.priorSteps ?? [];
  const vote = doc.plan.vote;
  const required = vote !== undefined && isStatutory(vote.rule);
  if (!required && recorded.length === 0) return undefined;
  const urls = overseer ? await ctx.files.urls(recorded.flatMap((r) => r.evidence)) : {};
  const next = nextPriorStep(kind, recorded);
  return {
    required,
    done: priorDiscussionDone(recorded),
    ...(isCommittee && next ? { next: { step: next, label: PRIOR_STEP_LABELS[next] } } : {}),
    steps: recorded.map((r) => ({
      step: r.step,
      label: PRIOR_STEP_LABELS[r.step],
      heldOn: r.heldOn,
      meeting: r.meeting,
      conclusion: r.conclusion,
      photos: overseer ? r.evidence.map((id) => ({ id, url: urls[id] ?? '' })) : [],
    })),
    ...(kind === 'village' ? { sequence: fourAndTwo(doc) } : {}),
  };
}

function fourAndTwo(doc: ConsultationDoc): PriorDiscussionView['sequence'] {
  const heldOn = new Map((doc.priorSteps ?? []).map((r) => [r.step as string, r.heldOn]));
  const dayOf = (action: string) => {
    const entry = doc.timeline.find((t) => t.action === action);
    return entry ? toChinaDateTimeParts(entry.at).date : undefined;
  };
  return FOUR_AND_TWO_PUBLIC.map(({ step, label }) => {
    const doneOn = step in RECORDED_BY ? dayOf(RECORDED_BY[step as keyof typeof RECORDED_BY]) : heldOn.get(step);
    return { label, ...(doneOn ? { doneOn } : {}) };
  });
}
