import { cloudbaseHttp } from '../core/platform/cloudbase';
import { screenFunction } from './definition';

export const main = cloudbaseHttp(screenFunction);
