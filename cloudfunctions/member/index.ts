import { cloudbaseMain } from '../core/platform/cloudbase';
import { memberFunction } from './definition';

export const main = cloudbaseMain(memberFunction);
