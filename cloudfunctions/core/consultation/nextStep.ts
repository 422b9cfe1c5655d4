import { formatChinaTime, mayRescheduleVote, missingPlanLabels, priorDiscussionMissing, voteWindowAt, type NextStepView } from '@shared';
import type { ConsultationDoc } from '../docs';
import { subjectOf } from './applyTransition';
import { isOverdue } from '../result/overdue';

/** What the detail view already knows when it works out the committee's next step. */
export interface NextStepFacts {
  now: number;
  unansweredOpinions: number;
  openObjections: number;
  /** The current round's tally is sealed (a vote held, or reconsidered after one). */
  voteSealed: boolean;
  /** The committee may start consulting now: the answer of `mayStartConsulting`, never restated here. */
  mayStartConsulting: boolean;
}

const at = formatChinaTime;

/**
 * The committee's next step, in front of them on the detail page: what to do now, or what the
 * scheduler will do by itself and when. It names the same steps the buttons below it offer and
 * the use cases allow; it only chooses which one comes first.
 */
export function nextStepOf(c: ConsultationDoc, f: NextStepFacts): NextStepView | undefined {
  const vote = c.plan.vote;
  switch (c.status) {
    case 'draft': {
      const missing = missingPlanLabels(c.plan);
      return missing.length > 0
        ? { title: '方案还不完整', detail: `发布前还需填写：${missing.join('、')}`, action: 'editPlan' }
        : { title: '方案已完整，可以发布', detail: `方案已完整。发布后公示${c.plan.noticeDays ?? ''}天，期满后系统自动开始协商。`, action: 'publish' };
    }
    case 'announced': {
      if (priorDiscussionMissing(subjectOf(c))) return PRIOR_STEP;
      if (f.mayStartConsulting) return { title: '公示期已满', detail: '公示期已满，系统将在几分钟内自动开始协商，也可以现在开始。', action: 'startConsulting' };
      const voting = vote ? `；表决${at(vote.opensAt)}自动开始` : '';
      const startsAt = c.plan.schedule?.startsAt ?? f.now;
      return { title: '公示中', detail: `${at(startsAt)}公示期满后系统自动开始协商${voting}。请确认报名参加的居民。`, action: 'attendance' };
    }
    case 'consulting':
    case 'escalated':
      return voteStep(c, f) ?? talkStep(f);
    case 'voting':
      return {
        title: '表决进行中',
        detail: `${at(vote?.closesAt ?? f.now)}截止后系统自动计票并公布结果。可录入纸质选票、查看未投票的选民。`,
        action: 'viewVote',
      };
    case 'deliberated':
      if (f.unansweredOpinions > 0)
        return { title: '有意见尚未答复', detail: `还有 ${f.unansweredOpinions} 条意见没有答复，答复后才能公示结果。`, action: 'replyOpinions' };
      if (!c.outcome) return { title: '等待填写协商意见', detail: '写明商定的事项、落实责任人和期限，然后公示结果。', action: 'writeOutcome' };
      return { title: '协商意见已填写', detail: '协商意见已填写，公示后居民可在公示期内提出异议。', action: 'publishResult' };
    case 'publicized':
      if (f.openObjections > 0)
        return { title: '有异议待答复', detail: `有 ${f.openObjections} 条异议等待答复，答复完毕后结果才能生效。`, action: 'answerObjections' };
      return { title: '结果公示中', detail: `${at(c.objectionWindowEndsAt ?? f.now)}公示期满后，如无待处理的异议，系统自动使结果生效。` };
    case 'effective':
      return { title: '结果已生效', detail: '结果已生效，开始落实并定期报告进展。', action: 'startImplementation' };
    case 'implementing':
      return isOverdue(c, f.now)
        ? { title: '落实已逾期', detail: '已超过落实期限，请报告进展说明原因，或在完成后提交落实报告。', action: 'postProgress' }
        : { title: '落实中', detail: `落实期限${at(c.outcome?.dueAt ?? f.now)}。完成后提交落实报告。`, action: 'postProgress' };
    case 'completed':
      return { title: '落实已完成', detail: '落实已完成，归档后全部记录封存为一事一档。', action: 'archive' };
    default:
      return undefined;
  }
}

const PRIOR_STEP: NextStepView = {
  title: '表决前须经党组织研究讨论',
  detail: '此事项须由会议表决决定。请记录党组织前置研究（会议日期、结论和会议记录照片），记录之前表决不会开始。',
  action: 'recordPriorStep',
};

/** A planned vote not yet opened comes first: it opens by itself, or its window was missed. */
function voteStep(c: ConsultationDoc, f: NextStepFacts): NextStepView | undefined {
  const vote = c.plan.vote;
  if (!vote || f.voteSealed || !mayRescheduleVote(c)) return undefined;
  if (priorDiscussionMissing(subjectOf(c))) return PRIOR_STEP;
  switch (voteWindowAt(vote, f.now)) {
    case 'before':
      return {
        title: '等待表决开始',
        detail: `表决将于${at(vote.opensAt)}自动开始，${at(vote.closesAt)}截止。时间有变可调整，系统会通知范围内的居民。`,
        action: 'rescheduleVote',
      };
    case 'open':
      return { title: '已到表决开始时间', detail: '已到表决开始时间，系统将在几分钟内自动开始表决，也可以现在开始。', action: 'openVote' };
    case 'past':
      return {
        title: '表决时间已过，表决没有开始',
        detail: `表决截止时间${at(vote.closesAt)}已过，表决没有开始。请重新安排表决时间，系统会通知范围内的居民。`,
        action: 'rescheduleVote',
      };
  }
}

function talkStep(f: NextStepFacts): NextStepView {
  return f.unansweredOpinions > 0
    ? { title: '有意见尚未答复', detail: `还有 ${f.unansweredOpinions} 条意见没有答复，全部答复后才能形成协商意见。`, action: 'replyOpinions' }
    : { title: '意见已全部答复', detail: '意见已全部答复，可以形成协商意见，结束协商。', action: 'closeConsultation' };
}
