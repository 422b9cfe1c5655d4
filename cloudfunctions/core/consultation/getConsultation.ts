import type { UseCase } from '../functionKit';
import { loadConsultationFor } from './loadConsultation';
import { toDetail } from './views';

/** Everything the detail screen shows, in one call. */
export const getConsultation: UseCase<'consultation', 'consultation.get'> = async (ctx, { id }) => {
  const { who, consultation } = await loadConsultationFor(ctx, id, 'reader');
  return toDetail(ctx, consultation, who);
};
