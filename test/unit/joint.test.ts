import { jointPassed } from '@shared';

describe('a cross-community matter passes by its count rule', () => {
  it('waits until every community and the combined count are counted', () => {
    expect(jointPassed('overall', [true, undefined], true)).toBeUndefined();
    expect(jointPassed('each', [true, true], undefined)).toBeUndefined();
  });

  it('combined: the summed count decides, whatever one community did', () => {
    expect(jointPassed('overall', [true, false], true)).toBe(true);
    expect(jointPassed('overall', [true, true], false)).toBe(false);
  });

  it('each: every community must pass on its own', () => {
    expect(jointPassed('each', [true, false], true)).toBe(false);
    expect(jointPassed('each', [true, true], false)).toBe(true);
  });

  it('both: the combined count and every community', () => {
    expect(jointPassed('both', [true, true], true)).toBe(true);
    expect(jointPassed('both', [true, false], true)).toBe(false);
    expect(jointPassed('both', [true, true], false)).toBe(false);
  });
});
