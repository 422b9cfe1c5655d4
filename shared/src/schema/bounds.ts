import { z } from 'zod';
import { INSTANT_RANGE } from '../time';

/**
 * The building blocks every payload schema uses, so no value reaches a use case without a bound:
 * instants within INSTANT_RANGE, whole numbers within a declared range, versions. (Texts carry
 * their own length limits where they are declared.)
 * Kept apart from the zod-free modules the client imports.
 */

/** An instant in epoch milliseconds, between 2000 and 2100. */
export const instant = (label = '时间') =>
  z
    .number(`${label}格式有误`)
    .int(`${label}格式有误`)
    .min(INSTANT_RANGE.min, `${label}须在2000年至2100年之间`)
    .max(INSTANT_RANGE.max, `${label}须在2000年至2100年之间`);

/** A whole number a person enters or a record carries, within the range the domain declares. */
export const wholeNumber = (label: string, min: number, max: number, unit = '') =>
  z.number(`请填写${label}`).int(`${label}须为整数`).min(min, `${label}不能小于${min}${unit}`).max(max, `${label}不能超过${max}${unit}`);

/** The version of a record a form was loaded at (0 before the first save, where a form allows it). */
export const version = (min: 0 | 1 = 1) => z.number('缺少版本号').int('版本号有误').min(min, '版本号有误').max(1_000_000_000, '版本号有误');
