import type { z } from 'zod';
import { ERROR_MESSAGES } from '../errors';

/**
 * What zod says of a value a schema refuses when the schema gave no message of its own, in plain
 * Chinese: zod's own words are English, and its zh-CN locale still names types and keys
 * ("期望 string <=500 字符", "未知的键(key)"). A resident reads these, so no code, type or key
 * names: what is wrong, and what to do.
 */
type Issue = z.core.$ZodRawIssue;

const LENGTH_UNIT: Record<string, string> = { string: '个字', array: '项', set: '项' };

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = String(issue.maximum);
  if (issue.origin === 'string') return `内容太长了，最多${max}个字，请删减后再提交`;
  if (issue.origin === 'array' || issue.origin === 'set') return `最多只能有${max}项，请删去一些`;
  if (issue.origin === 'file') return '文件太大了，请换一个小一些的文件';
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    return issue.inclusive === false ? `填写的数须小于${max}` : `填写的数不能超过${max}`;
  }
  return '填写的内容超出了允许的范围';
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = String(issue.minimum);
  const unit = LENGTH_UNIT[issue.origin];
  if (unit && Number(issue.minimum) <= 1) return issue.origin === 'string' ? '有一项内容没有填写，请填写后再提交' : '请至少选择一项';
  if (unit) return `至少要有${min}${unit}`;
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    return issue.inclusive === false ? `填写的数须大于${min}` : `填写的数不能小于${min}`;
  }
  return '填写的内容超出了允许的范围';
}

export function plainIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '有一项内容没有填写，请填写后再提交' : '有一项内容的格式不对，请检查后重新填写';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_value':
      return '所选的不在可选范围内，请从列出的选项中选择';
    case 'invalid_format':
      return '有一项内容的格式不对，请检查后重新填写';
    case 'not_multiple_of':
      return `填写的数须是${String(issue.divisor)}的整数倍`;
    case 'unrecognized_keys':
      // Only a stale or altered page sends fields the action does not take.
      return '提交的内容里有无法识别的项目，请返回后重新打开页面再试';
    default:
      return ERROR_MESSAGES.INVALID_INPUT;
  }
}
