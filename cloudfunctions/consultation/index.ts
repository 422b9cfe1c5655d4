import { cloudbaseMain } from '../core/platform/cloudbase';
import { consultationFunction } from './definition';

export const main = cloudbaseMain(consultationFunction);
