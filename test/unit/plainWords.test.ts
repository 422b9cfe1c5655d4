import { z } from 'zod';
import { DomainError, ERROR_MESSAGES, type ErrorCode } from '@shared';
import { ApiError, call, detailWords, errorWithDetails } from '../../client/src/api';
import { transport } from '../../client/src/api/transport';
import { defineFunction, runFunction, type CallDeps } from '../../cloudfunctions/core/functionKit';

/**
 * What a resident reads when something fails is plain Chinese: no code, no English, whatever the
 * failure — a use case's DomainError with no message of its own, a crash, a payload zod refuses
 * with its own default words, a network that never answered, WeChat's errMsg.
 */
jest.mock('../../client/src/api/transport', () => ({ transport: jest.fn() }));
const answer = transport as jest.MockedFunction<typeof transport>;

const LATIN = /[A-Za-z]/;
const CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** The words the client shows for what the server answered: the call's ApiError, as the pages show it. */
async function shown(response: unknown): Promise<string> {
  answer.mockResolvedValueOnce(response);
  try {
    await call('account', 'me.get', {});
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return errorWithDetails(e as ApiError);
  }
  throw new Error('the call did not fail');
}

/** The server's answer when its use case throws `thrown`. */
function serverAnswer(thrown: unknown, payload: unknown = {}) {
  const def = defineFunction('account', {
    'me.get': () => Promise.reject(thrown),
  } as never);
  const deps = { openid: 'o-someone', now: Date.now(), logError: () => undefined } as unknown as CallDeps;
  return runFunction(def, { action: 'me.get', payload }, deps);
}

describe('every error code', () => {
  it.each(CODES)('%s has plain Chinese words of its own', (code) => {
    expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fff]/);
    expect(ERROR_MESSAGES[code]).not.toMatch(LATIN);
  });

  it.each(CODES)('%s thrown with no message reaches the person as those words', async (code) => {
    expect(await shown(await serverAnswer(new DomainError(code)))).toBe(ERROR_MESSAGES[code]);
  });

  it('says the code’s words when an answer carries no message, or a code this page does not know', async () => {
    expect(await shown({ ok: false, code: 'CONFLICT', message: '' })).toBe(ERROR_MESSAGES.CONFLICT);
    expect(await shown({ ok: false, code: 'WRONG_STATE' })).toBe(ERROR_MESSAGES.WRONG_STATE);
    expect(await shown({ ok: false, code: 'SOMETHING_NEW', message: '' })).toBe(ERROR_MESSAGES.INTERNAL);
  });
});

describe('a failure that is no DomainError', () => {
  it('a crash in a use case is said as 系统繁忙, never its stack or English message', async () => {
    expect(await shown(await serverAnswer(new TypeError("Cannot read properties of undefined (reading 'id')")))).toBe(ERROR_MESSAGES.INTERNAL);
  });

  it('an action this function does not have is said without its code name', async () => {
    const def = defineFunction('account', {} as never);
    const res = await runFunction(def, { action: 'me.unknownThing', payload: {} }, { openid: 'o' } as unknown as CallDeps);
    expect(await shown(res)).not.toMatch(LATIN);
  });

  it('an answer that is no answer at all is said in words', async () => {
    for (const res of [undefined, 'Internal Server Error', { errCode: -1 }]) expect(await shown(res)).not.toMatch(LATIN);
  });

  it.each([
    ['H5 fetch', new TypeError('Failed to fetch')],
    ['H5 status', new Error('HTTP 502')],
    ['WeChat cloud', { errMsg: 'cloud.callFunction:fail Error: errCode: -404011 cloud function execution error' }],
    ['WeChat offline', { errMsg: 'cloud.callFunction:fail request:fail' }],
    ['nothing at all', undefined],
  ])('a call that never reached the server (%s) says to check the network', async (_, thrown) => {
    answer.mockRejectedValueOnce(thrown);
    await expect(call('account', 'me.get', {})).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' });
  });

  it.each([
    { errMsg: 'cloud.callFunction:fail Error: errCode: -504003 | errMsg: Invoking task timed out after 3 seconds' },
    { errMsg: 'cloud.callFunction:fail timeout' },
    new Error('The operation timed out'),
  ])('a call that timed out says so, and to try again later', async (thrown) => {
    answer.mockRejectedValueOnce(thrown);
    const failed = await call('account', 'me.get', {}).catch((e: ApiError) => e);
    expect(failed).toMatchObject({ code: 'NETWORK' });
    expect((failed as ApiError).message).toMatch(/没有回应.*稍后重试/);
  });
});

describe('a payload zod refuses with its own words', () => {
  // Schemas with no message of their own, refusing each kind of wrong value zod can report.
  const cases: [string, z.ZodType, unknown][] = [
    ['a missing field', z.strictObject({ title: z.string() }), {}],
    ['a wrong type', z.strictObject({ title: z.string() }), { title: 12 }],
    ['a number for a list', z.array(z.string()), 3],
    ['null', z.number(), null],
    ['a text too long', z.string().max(500), 'x'.repeat(501)],
    ['an empty text', z.string().min(1), ''],
    ['a text too short', z.string().min(4), 'ab'],
    ['a list too long', z.array(z.number()).max(2), [1, 2, 3]],
    ['an empty list', z.array(z.number()).min(1), []],
    ['a number too large', z.number().max(10), 11],
    ['a number not below', z.number().lt(10), 10],
    ['a number too small', z.number().min(0), -1],
    ['a number not above', z.number().gt(0), 0],
    ['a fraction for a whole number', z.number().int(), 1.5],
    ['not a multiple', z.number().multipleOf(5), 7],
    ['a big integer too large', z.bigint().max(10n), 11n],
    ['a choice not offered', z.enum(['agree', 'disagree']), 'maybe'],
    ['a literal not matched', z.literal('yes'), 'no'],
    ['a pattern not matched', z.string().regex(/^[a-z]+$/), 'ABC'],
    ['an email', z.email(), 'nobody'],
    ['a date too late', z.date().max(new Date(2030, 0, 1)), new Date(2031, 0, 1)],
    ['a key it does not know', z.strictObject({ a: z.string() }), { a: 'x', openid: 'someone' }],
    ['none of a union', z.union([z.string(), z.number()]), true],
    ['a discriminated union', z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]), { kind: 'c' }],
    ['a record key', z.record(z.enum(['a']), z.number()), { b: 1 }],
    ['a map element', z.map(z.string(), z.number()), new Map([['a', 'x']])],
    ['a set too large', z.set(z.number()).max(1), new Set([1, 2])],
    ['a refinement with no message', z.string().refine((s) => s.length > 3), 'ab'],
  ];

  it.each(cases)('%s is said in plain Chinese', async (_, schema, value) => {
    // The shared action schemas set zod's words when imported (as the server does).
    await import('@shared/api/actions/common');
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(false);
    for (const issue of parsed.error!.issues) {
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message).not.toMatch(LATIN);
    }
  });

  it('reaches the person without the field names the form places it by', async () => {
    const res = await serverAnswer(null, { extra: 1 });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await shown(res)).not.toMatch(LATIN);
    const e = new ApiError('INVALID_INPUT', '有一项内容没有填写，请填写后再提交', [
      'plan.title: 有一项内容没有填写，请填写后再提交',
      'plan.items.0: 最多只能有3项，请删去一些',
    ]);
    expect(detailWords(e)).toEqual(['最多只能有3项，请删去一些']);
    expect(errorWithDetails(e)).toBe('有一项内容没有填写，请填写后再提交（最多只能有3项，请删去一些）');
  });
});
