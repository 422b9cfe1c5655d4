import { attendanceQuorum, countersProblem, judge, meets, noCounts, quorumLine, roomCountProblem, thresholdsFor, type RoomCounts } from '@shared';

/** A room's count as the engine judges it: heads by choice, those present who did not vote, of the electorate. */
function roomDecision(kind: Parameters<typeof thresholdsFor>[0], counts: RoomCounts, headsTotal: number) {
  const by = noCounts();
  by.agree.heads = counts.agree;
  by.disagree.heads = counts.disagree;
  by.abstain.heads = counts.abstain;
  return judge({ rule: { kind }, form: 'persons', count: { by, silent: counts.silent, rejected: [], headsTotal, areaTotal: 0 } });
}

describe('a 居民会议 decided by show of hands, on those present', () => {
  it('fails at 30 of 60 present: 未表态 counts as present, not agreeing', () => {
    const d = roomDecision('residents_meeting', { agree: 30, disagree: 20, abstain: 5, silent: 5 }, 100);
    expect(d.quorumMet).toBe(true);
    expect(d.turnout).toEqual({ heads: 60, headsTotal: 100, silent: 5 });
    expect(d.passed).toBe(false);
    expect(d.explanation).toContain('同意人数 50.0% ≤ 1/2');
  });

  it('passes at 31 of 60 present', () => {
    const d = roomDecision('residents_meeting', { agree: 31, disagree: 19, abstain: 5, silent: 5 }, 100);
    expect(d.passed).toBe(true);
    expect(d.explanation).toContain('到会及参与表决人数（含未表态 5）');
  });

  it('without the 未表态 the same hands would pass: leaving them out would miscount', () => {
    expect(roomDecision('residents_meeting', { agree: 30, disagree: 20, abstain: 5, silent: 0 }, 100).passed).toBe(true);
  });

  it('is not quorate at 50 present of 100', () => {
    const d = roomDecision('residents_meeting', { agree: 50, disagree: 0, abstain: 0, silent: 0 }, 100);
    expect(d.quorumMet).toBe(false);
    expect(d.passed).toBe(false);
  });

  it('refuses 未表态 under an owners’ rule: owners vote by ballot', () => {
    const by = noCounts();
    expect(() => judge({ rule: { kind: 'owners_ordinary' }, form: 'owners', count: { by, silent: 1, rejected: [], headsTotal: 3, areaTotal: 300 } })).toThrow(RangeError);
  });
});

describe('a room count must be those present, every one', () => {
  it('refuses counts summing to more than those present', () => {
    expect(roomCountProblem({ agree: 31, disagree: 20, abstain: 5, silent: 5 }, 60)).toMatch('超过实到 60 人');
  });
  it('refuses counts that leave someone present out', () => {
    expect(roomCountProblem({ agree: 30, disagree: 20, abstain: 5, silent: 0 }, 60)).toMatch('计入未表态');
  });
  it('accepts counts of exactly those present', () => {
    expect(roomCountProblem({ agree: 30, disagree: 20, abstain: 5, silent: 5 }, 60)).toBeNull();
  });
  it('wants a 计票人 and a 监票人 who are two people, neither the host', () => {
    expect(countersProblem('李明', '李明', '王主任')).toMatch('两个不同的人');
    expect(countersProblem('王主任', '李明', '王主任')).toMatch('主持人');
    expect(countersProblem('张三', '李明', '王主任')).toBeNull();
  });
});

describe('the attendance quorum line', () => {
  it('is the fewest present that meet the threshold, for every size', () => {
    for (const kind of ['residents_meeting', 'representatives_meeting'] as const) {
      const t = thresholdsFor(kind, 'persons').quorum.heads!;
      for (let expected = 1; expected <= 300; expected++) {
        const line = quorumLine(expected, t);
        expect(meets(line, expected, t)).toBe(true);
        expect(meets(line - 1, expected, t)).toBe(false);
      }
    }
  });

  it('says 应到, 实到, the line and whether it is met', () => {
    const q = attendanceQuorum({ kind: 'residents_meeting' }, 'persons', 100, 50);
    expect(q).toMatchObject({ expected: 100, present: 50, line: 51, met: false });
    expect(q.text).toBe('应到 100 人，实到 50 人，须到 51 人，还差 1 人');
    expect(attendanceQuorum({ kind: 'residents_meeting' }, 'persons', 100, 51).met).toBe(true);
  });

  it('counts households in household form, two thirds of them for a 村民会议', () => {
    const q = attendanceQuorum({ kind: 'villagers_meeting' }, 'households', 30, 20);
    expect(q.line).toBe(20);
    expect(q.met).toBe(true);
    expect(q.text).toContain('应到 30 户，实到 20 户');
  });

  it('has no attendance line for owners, who decide by ballot', () => {
    expect(attendanceQuorum({ kind: 'owners_major' }, 'owners', 40, 3).line).toBeUndefined();
  });
});
