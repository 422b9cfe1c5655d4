import { formatChinaTime, TEMPLATE_KEYS, type TemplateKey } from '@shared';
import { z } from 'zod';
import type { MessageFields } from '../docs';

/**
 * Which WeChat subscription templates this mini-program registered, and which of each template's
 * keywords carries which of our fields. The ids and keywords come from the 小程序后台 (they differ
 * per account), so they are configuration: `WX_SUBSCRIBE_TEMPLATES` in production.
 */
const Keyword = z.string().regex(/^(thing|phrase|time|date|name|character_string|short_thing)\d+$/, '模板关键词格式有误');
const Template = z.strictObject({
  id: z.string().min(1).max(64),
  fields: z.partialRecord(z.enum(['title', 'status', 'time', 'note']), Keyword),
});
const TemplateConfigSchema = z.partialRecord(z.enum(TEMPLATE_KEYS), Template);
export type TemplateConfig = z.infer<typeof TemplateConfigSchema>;

/** The environment variable that carries the configuration to `account` and `scheduler`. */
export const TEMPLATES_ENV = 'WX_SUBSCRIBE_TEMPLATES';

/**
 * The prefix of the form `npm run deploy` hands the CloudBase CLI. The CLI pastes `{{env.X}}` into
 * cloudbaserc.json unescaped and then turns any string value that parses as a JSON object into
 * that object, so JSON cannot pass through it as a string; base64 text passes unchanged.
 */
const BASE64 = 'base64:';

/**
 * A configuration value that cannot be read: the function refuses to start rather than send broken messages.
 * @internal The tests check a malformed setting fails with it.
 */
export class TemplateConfigError extends Error {
  constructor(problem: string) {
    super(`${TEMPLATES_ENV} 配置有误 (invalid): ${problem}`);
    this.name = 'TemplateConfigError';
  }
}

/**
 * Reads the configuration as JSON (`{"notice": {...}}`, as set in the console or by hand) or as
 * `base64:` followed by that JSON in base64 (as `npm run deploy` passes it). Empty means none.
 * A template left out of the configuration is not sent: its news stays in the in-app feed.
 */
export function templatesFrom(value: string | undefined): TemplateConfig {
  const text = value?.trim() ?? '';
  if (!text) return {};
  const json = text.startsWith(BASE64) ? decodeBase64(text.slice(BASE64.length)) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new TemplateConfigError(`不是 JSON，也不是 ${BASE64} 开头的 base64 (neither JSON nor ${BASE64}<base64 of JSON>)`);
  }
  const parsed = TemplateConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new TemplateConfigError(issues.join('; '));
  }
  return parsed.data;
}

/** The form that survives the CloudBase CLI's config parsing (see BASE64); templatesFrom reads it back. */
export function encodeTemplates(config: TemplateConfig): string {
  return BASE64 + Buffer.from(JSON.stringify(config), 'utf8').toString('base64');
}

function decodeBase64(text: string): string {
  // Buffer.from skips characters outside the alphabet, so a damaged value must be caught here.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new TemplateConfigError(`${BASE64} 之后不是有效的 base64 (not valid base64 after ${BASE64})`);
  }
  return Buffer.from(text, 'base64').toString('utf8');
}

/** The embedded default: every template, with the same four keywords, under demo ids. */
export const DEMO_TEMPLATES: TemplateConfig = Object.fromEntries(
  TEMPLATE_KEYS.map((key) => [key, { id: `demo-${key}`, fields: { title: 'thing1', status: 'phrase2', time: 'time3', note: 'thing4' } }]),
);

export function templateKeyOf(config: TemplateConfig, templateId: string): TemplateKey | undefined {
  return TEMPLATE_KEYS.find((key) => config[key]?.id === templateId);
}

/** WeChat's limits per keyword type (subscribeMessage.send answers 47003 to anything longer). */
const MAX_LENGTH: Record<string, number> = { thing: 20, short_thing: 5, phrase: 5, name: 10, character_string: 32 };

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

function valueFor(keyword: string, field: keyof MessageFields, fields: MessageFields): string {
  const type = keyword.replace(/\d+$/, '');
  if (type === 'time') return formatChinaTime(fields.time);
  if (type === 'date') return formatChinaTime(fields.time).split(' ')[0];
  // phrase: Chinese characters only.
  const raw = type === 'phrase' ? String(fields[field]).replace(/[^\u4e00-\u9fa5]/g, '') : String(fields[field]);
  return clip(raw || '—', MAX_LENGTH[type] ?? 20);
}

/** The `data` of subscribeMessage.send for this template and these fields. */
export function messageData(template: z.infer<typeof Template>, fields: MessageFields): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  for (const [field, keyword] of Object.entries(template.fields) as [keyof MessageFields, string][]) {
    data[keyword] = { value: valueFor(keyword, field, fields) };
  }
  return data;
}
