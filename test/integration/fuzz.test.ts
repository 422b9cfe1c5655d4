import fc from 'fast-check';
import { z } from 'zod';
import { API, type ApiResponse, type FunctionName } from '@shared';
import { ApiError, errorWithDetails } from '../../client/src/api';
import { entries, loadRecords, type Access, type Records } from '../support/apiSamples';
import type { CountingStore } from '../support/countingStore';
import { HE_JING, LUO_PING, openWorld, VISITOR, WANG, ZHANG, type World } from '../support/harness';

/**
 * Malformed and boundary payloads for every action, derived from the action's own schema (as JSON
 * Schema) and the well-formed sample the authorisation matrix uses: each variant breaks one thing —
 * a field left out, one added, a wrong type, a text one character too long, a number one past its
 * bound, a choice that is not offered, a list one too long. Each is refused as INVALID_INPUT and
 * writes nothing, and what the person reads of it is plain Chinese (zod's own words are English).
 * Values at their bounds, and arbitrary JSON in any field, never answer INTERNAL.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: Json[];
  const?: Json;
  anyOf?: Schema[];
  oneOf?: Schema[];
}
interface Variant {
  what: string;
  payload: Json;
}

/** A member the action is for: the caller that gets furthest into it. */
const CALLER: Record<Access, string | null> = {
  anonymous: null,
  signedIn: VISITOR,
  member: ZHANG,
  readers: WANG,
  committee: WANG,
  streetStaff: LUO_PING,
  streetOfficer: HE_JING,
};

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Schema;
const set = (payload: Json, path: string[], value: Json | undefined): Json => {
  if (path.length === 0) return value as Json;
  const [key, ...rest] = path;
  const copy = { ...(payload as Record<string, Json>) };
  if (rest.length === 0 && value === undefined) delete copy[key];
  else copy[key] = set(copy[key], rest, value);
  return copy;
};
const typesOf = (s: Schema): string[] =>
  (s.anyOf ?? s.oneOf) ? (s.anyOf ?? s.oneOf)!.flatMap(typesOf) : s.type === undefined ? [] : ([] as string[]).concat(s.type);

/** A value of none of the types the schema takes, or undefined when it takes anything. */
function wrongType(s: Schema): Json | undefined {
  const types = typesOf(s);
  if (types.length === 0) return undefined;
  const candidates: [string, Json][] = [
    ['string', '错'],
    ['number', 12345.5],
    ['boolean', true],
    ['object', { x: 1 }],
    ['array', []],
    ['null', null],
  ];
  const taken = (t: string) => types.includes(t) || (t === 'number' && types.includes('integer'));
  return candidates.find(([t]) => !taken(t))![1];
}

/** Each way to break the value at `path` of the sample, one at a time. */
function breakAt(s: Schema, sample: Json, payload: Json, path: string[]): Variant[] {
  const at = path.join('.') || '(payload)';
  const out: Variant[] = [];
  const put = (what: string, value: Json | undefined) => out.push({ what: `${at}: ${what}`, payload: set(payload, path, value) });
  const wrong = wrongType(s);
  if (wrong !== undefined) put(`wrong type ${JSON.stringify(wrong)}`, wrong);
  if (s.enum || s.const !== undefined) put('not an option', '不是选项');
  if (typeof sample === 'string') {
    if (s.maxLength !== undefined) put(`${s.maxLength + 1} characters`, 'x'.repeat(s.maxLength + 1));
    if (s.minLength) put('empty', '');
  }
  if (typeof sample === 'number') {
    if (s.maximum !== undefined) put(`${s.maximum} + 1`, s.maximum + 1);
    if (s.minimum !== undefined) put(`${s.minimum} - 1`, s.minimum - 1);
    if (typesOf(s).includes('integer')) put('not whole', sample + 0.5);
  }
  if (Array.isArray(sample) && s.maxItems !== undefined && sample.length > 0) put(`${s.maxItems + 1} items`, Array(s.maxItems + 1).fill(sample[0]));
  if (sample && typeof sample === 'object' && !Array.isArray(sample) && s.properties) {
    if (s.additionalProperties === false) put('a field it does not know', { ...sample, openid: 'someone-else' });
    for (const key of s.required ?? []) {
      if (!(key in sample)) continue;
      const { [key]: _left, ...rest } = sample;
      put(`without ${key}`, rest);
    }
    for (const [key, child] of Object.entries(s.properties)) {
      out.push(...(key in sample ? breakAt(child, sample[key], payload, [...path, key]) : breakAbsent(child, payload, [...path, key])));
    }
  }
  return out;
}

/** A field the sample leaves out (an optional one), given a value no schema of it takes. */
function breakAbsent(s: Schema, payload: Json, path: string[]): Variant[] {
  const wrongs: [string, Json | undefined][] = [
    ['wrong type', wrongType(s)],
    ['not an option', s.enum || s.const !== undefined ? '不是选项' : undefined],
    ['too long', s.maxLength !== undefined && !s.enum ? 'x'.repeat(s.maxLength + 1) : undefined],
    ['past its maximum', s.maximum !== undefined ? s.maximum + 1 : undefined],
    ['under its minimum', s.minimum !== undefined ? s.minimum - 1 : undefined],
  ];
  return wrongs.filter(([, v]) => v !== undefined).map(([what, v]) => ({ what: `${path.join('.')} (absent): ${what}`, payload: set(payload, path, v) }));
}

/** The sample with one value at its bound: the longest text, the largest and smallest number. */
function boundsAt(s: Schema, sample: Json, payload: Json, path: string[]): Variant[] {
  const at = path.join('.');
  const out: Variant[] = [];
  const put = (what: string, value: Json) => out.push({ what: `${at}: ${what}`, payload: set(payload, path, value) });
  if (typeof sample === 'string' && s.maxLength !== undefined && !s.pattern && !s.enum) put(`${s.maxLength} characters`, '议'.repeat(s.maxLength));
  if (typeof sample === 'number') {
    if (s.maximum !== undefined) put(`at ${s.maximum}`, s.maximum);
    if (s.minimum !== undefined) put(`at ${s.minimum}`, s.minimum);
  }
  if (sample && typeof sample === 'object' && !Array.isArray(sample) && s.properties) {
    for (const [key, child] of Object.entries(s.properties)) if (key in sample) out.push(...boundsAt(child, sample[key], payload, [...path, key]));
  }
  return out;
}

let w: World;
let records: Records;
const counting = () => w.store as CountingStore;
const writes = () => [...counting().writeRequests.values()].reduce((a, b) => a + b, 0);
const call = (fn: FunctionName, action: string, access: Access, payload: unknown) =>
  w.callRaw(CALLER[access], fn, action as never, payload) as Promise<ApiResponse<unknown>>;
// Leaving the community last of all: each call may change the world the next one sees.
const leaving = (action: string) => action === 'me.deleteData' || action === 'member.remove';
const actions = () => entries().sort((a, b) => Number(leaving(a.action)) - Number(leaving(b.action)));

beforeAll(async () => {
  w = await openWorld();
  records = await loadRecords(w);
});
afterAll(() => w.close());

describe('payloads derived from each action’s schema', () => {
  it('are refused as INVALID_INPUT, writing nothing, in plain Chinese, whichever one thing is broken', async () => {
    const wrong: string[] = [];
    const notPlain: string[] = [];
    let tried = 0;
    for (const { fn, action, entry } of entries()) {
      const sample = entry.payload(records) as Json;
      const schema = jsonSchemaOf((API[fn] as Record<string, z.ZodType>)[action]);
      const variants = [{ what: 'no payload', payload: undefined as unknown as Json }, ...breakAt(schema, sample, sample, [])];
      for (const v of variants) {
        counting().reset();
        const res = await call(fn, action, entry.access, v.payload);
        tried++;
        const code = res.ok ? 'ok' : res.code;
        if (code !== 'INVALID_INPUT' || writes() > 0) wrong.push(`${fn}/${action} ${v.what}: ${code}, ${writes()} writes`);
        const shown = res.ok ? '' : errorWithDetails(new ApiError(res.code, res.message, res.details));
        if (/[A-Za-z]/.test(shown)) notPlain.push(`${fn}/${action} ${v.what}: ${shown}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(notPlain).toEqual([]);
    expect(tried).toBeGreaterThan(entries().length * 4);
  });

  it('never answer INTERNAL with a value at its bound', async () => {
    const wrong: string[] = [];
    for (const { fn, action, entry } of actions()) {
      const sample = entry.payload(records) as Json;
      const schema = jsonSchemaOf((API[fn] as Record<string, z.ZodType>)[action]);
      for (const v of boundsAt(schema, sample, sample, [])) {
        const res = await call(fn, action, entry.access, v.payload);
        if (!res.ok && res.code === 'INTERNAL') wrong.push(`${fn}/${action} ${v.what}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never answer INTERNAL with arbitrary JSON in any field, and write nothing when refused as malformed', async () => {
    const all = actions().filter((a) => !leaving(a.action));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: all.length - 1 }), fc.jsonValue(), fc.nat(), async (i, value, pick) => {
        const { fn, action, entry } = all[i];
        const sample = entry.payload(records) as Record<string, Json>;
        const keys = Object.keys(sample);
        const payload = keys.length ? { ...sample, [keys[pick % keys.length]]: value as Json } : value;
        counting().reset();
        const res = await call(fn, action, entry.access, payload);
        expect(res.ok || res.code !== 'INTERNAL').toBe(true);
        if (!res.ok && res.code === 'INVALID_INPUT') expect(writes()).toBe(0);
      }),
      { numRuns: 600, seed: 16 },
    );
  });
});
