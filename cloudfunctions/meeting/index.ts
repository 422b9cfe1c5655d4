import { cloudbaseMain } from '../core/platform/cloudbase';
import { meetingFunction } from './definition';

export const main = cloudbaseMain(meetingFunction);
