import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { JointDoc, StreetDoc } from '../docs';

/** A cross-community matter of the caller's street; another street's is NOT_FOUND, as if it were not there. */
export async function loadJoint(ctx: UseCaseContext, street: StreetDoc, id: string): Promise<JointDoc> {
  const j = await ctx.store.get<JointDoc>('joints', id);
  if (!j || j.streetId !== street._id) throw new DomainError('NOT_FOUND', '找不到该跨社区协商');
  return j;
}
