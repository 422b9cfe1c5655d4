import { cloudbaseMain } from '../core/platform/cloudbase';
import { streetFunction } from './definition';

export const main = cloudbaseMain(streetFunction);
