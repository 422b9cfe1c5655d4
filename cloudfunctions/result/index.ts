import { cloudbaseMain } from '../core/platform/cloudbase';
import { resultFunction } from './definition';

export const main = cloudbaseMain(resultFunction);
