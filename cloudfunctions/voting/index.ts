import { cloudbaseMain } from '../core/platform/cloudbase';
import { votingFunction } from './definition';

export const main = cloudbaseMain(votingFunction);
