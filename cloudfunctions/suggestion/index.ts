import { cloudbaseMain } from '../core/platform/cloudbase';
import { suggestionFunction } from './definition';

export const main = cloudbaseMain(suggestionFunction);
