import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { streetHome } from './views';

/** 街道工作台: the street, the caller's role in it, its communities and its cross-community matters; either role reads it. */
export const getStreetHome: UseCase<'street', 'street.home'> = async (ctx) => streetHome(ctx, await requireStaff(ctx));
