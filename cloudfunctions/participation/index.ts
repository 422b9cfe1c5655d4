import { cloudbaseMain } from '../core/platform/cloudbase';
import { participationFunction } from './definition';

export const main = cloudbaseMain(participationFunction);
