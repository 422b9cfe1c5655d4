import { ApiError, formFailure } from '../../client/src/api';

const FIXABLE = new Set(['CONTENT_REJECTED', 'INVALID_INPUT']);

describe('formFailure: what a two-step form says when its submit fails', () => {
  it('shows the server message and goes back to editing for a code the form lists', () => {
    const { error, backToEdit } = formFailure(new ApiError('CONTENT_REJECTED', '内容含有不适宜公开的文字'), '提交失败，请重试', FIXABLE);
    expect(error.message).toBe('内容含有不适宜公开的文字');
    expect(backToEdit).toBe(true);
  });

  it('stays on the preview for a code the form does not list', () => {
    const { error, backToEdit } = formFailure(new ApiError('CONFLICT', '已被他人处理'), '提交失败，请重试', FIXABLE);
    expect(error.code).toBe('CONFLICT');
    expect(backToEdit).toBe(false);
  });

  it('says the fallback for anything that is not an API error, and stays on the preview', () => {
    const { error, backToEdit } = formFailure(new TypeError('x is undefined'), '录入失败，请重试', FIXABLE);
    expect(error.message).toBe('录入失败，请重试');
    expect(error.code).toBe('INTERNAL');
    expect(backToEdit).toBe(false);
  });
});
