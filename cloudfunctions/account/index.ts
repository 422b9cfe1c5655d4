import { cloudbaseMain } from '../core/platform/cloudbase';
import { accountFunction } from './definition';

export const main = cloudbaseMain(accountFunction);
