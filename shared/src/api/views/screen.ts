/** Views of the screen function: the hall's projector. */
import type { QuorumView } from './meeting';

/** The projector's page: counts only, no names. */
export interface ScreenView {
  title: string;
  community: string;
  status: 'open' | 'closed' | 'counted';
  quorum: QuorumView;
  at: number;
}
