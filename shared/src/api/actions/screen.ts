/** The screen function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import type { ScreenView } from '../views/screen';

export const screenApi = {
  'screen.get': z.strictObject({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8}$/, '投屏码为8位字母或数字'),
  }),
} as const;

export interface ScreenApiResults {
  'screen.get': ScreenView;
}
