import { daysToAnswer } from '@shared';
import type { OpinionDoc } from '../docs';
import type { OversightMoves } from './counters';

/**
 * An opinion's first answer, in the month it was received: one more answered, and one more in
 * the histogram bucket of its whole days waiting, so the median is exact (shared/oversight).
 */
export function countAnswered(moves: OversightMoves, opinion: Pick<OpinionDoc, 'createdAt'>, answeredAt: number): void {
  moves.inMonth(opinion.createdAt, 'answered', 1);
  moves.inMonth(opinion.createdAt, `answerDays.${daysToAnswer(opinion.createdAt, answeredAt)}`, 1);
}
