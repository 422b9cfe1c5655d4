import type { UseCase } from '../functionKit';
import { requireReader } from '../membership/requireMember';
import { loadConsultation } from './loadConsultation';
import { toDetail } from './views';

/** Everything the detail screen shows, in one call. */
export const getConsultation: UseCase<'consultation', 'consultation.get'> = async (ctx, { id }) => {
  const who = await requireReader(ctx);
  return toDetail(ctx, await loadConsultation(ctx, id, who), who);
};
