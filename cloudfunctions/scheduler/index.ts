import { cloudbaseTimer } from '../core/platform/cloudbase';
import { runScheduler } from '../core/scheduler/runScheduler';

/** Runs on the timer trigger declared in cloudbaserc.json (every five minutes). */
export const main = cloudbaseTimer((ctx) => runScheduler(ctx));
