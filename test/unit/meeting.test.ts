import {
  attendanceQuorum,
  CHECKIN_WAY_LABELS,
  checkInRefusal,
  countersProblem,
  judge,
  meets,
  minutesConfirmed,
  minutesConfirmRefusal,
  MINUTES_ROLE_LABELS,
  noCounts,
  PRESENT_UNITS,
  quorumLine,
  ROOM_COUNT_LABELS,
  ROOM_METHOD_LABELS,
  roomCountProblem,
  roomCountRefusal,
  roomMethodProblem,
  thresholdsFor,
  type RoomCounts,
} from '@shared';

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
    expect(() => judge({ rule: { kind: 'owners_ordinary' }, form: 'owners', count: { by, silent: 1, rejected: [], headsTotal: 3, areaTotal: 300 } })).toThrow(
      new RangeError('业主表决按表决票计，不计到会未表态'),
    );
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

describe('the words of meeting day', () => {
  it('name each way in, each method, each count and what one present is', () => {
    expect(CHECKIN_WAY_LABELS).toEqual({ self: '本人签到', host: '代为签到', proxy: '委托代理人到会' });
    expect(ROOM_METHOD_LABELS).toEqual({ hands: '举手表决', box: '投票箱表决' });
    expect(ROOM_COUNT_LABELS).toEqual({ agree: '同意', disagree: '反对', abstain: '弃权', silent: '未表态' });
    expect(PRESENT_UNITS).toEqual({ persons: '人', households: '户', members: '人', owners: '人' });
    expect(MINUTES_ROLE_LABELS).toEqual({ recorder: '记录人', host: '主持人' });
  });
});

describe('the quorum line at its edges', () => {
  it('is 1 of an empty body, and exactly two thirds when two thirds is whole', () => {
    const twoThirds = thresholdsFor('representatives_meeting', 'members').quorum.heads!;
    expect(quorumLine(0, twoThirds)).toBe(1);
    expect(quorumLine(9, twoThirds)).toBe(6);
    expect(quorumLine(10, twoThirds)).toBe(7);
    expect(quorumLine(100, thresholdsFor('residents_meeting', 'persons').quorum.heads!)).toBe(51);
  });

  it('is one ballot for the 协商议事会, and says who came of a meeting without a vote', () => {
    expect(attendanceQuorum({ kind: 'majority_of_present' }, 'persons', 30, 0)).toMatchObject({ line: 1, met: false });
    expect(attendanceQuorum(undefined, 'persons', 30, 0)).toEqual({ expected: 30, present: 0, met: false, text: '应到 30 人，实到 0 人' });
    expect(attendanceQuorum(undefined, 'persons', 30, 2)).toMatchObject({ met: true });
    expect(attendanceQuorum({ kind: 'owners_ordinary' }, 'owners', 40, 3)).toEqual({
      expected: 40,
      present: 3,
      met: true,
      text: '应到 40 人，实到 3 人（业主表决以表决票的面积和人数计，不以到会计）',
    });
    expect(attendanceQuorum({ kind: 'residents_meeting' }, 'persons', 100, 51).text).toBe('应到 100 人，实到 51 人，须到 51 人，已达到，会议可以举行');
  });

  it('follows a community’s own stricter threshold', () => {
    const atLeastThree = { quorum: { minBallots: 3 }, pass: { heads: { num: 1, den: 2, inclusive: false } } };
    expect(attendanceQuorum({ kind: 'majority_of_present', thresholds: atLeastThree }, 'persons', 30, 2)).toMatchObject({ line: 3, met: false });
    const thresholds = { quorum: { heads: { num: 3, den: 4, inclusive: true } }, pass: { heads: { num: 1, den: 2, inclusive: false } } };
    expect(attendanceQuorum({ kind: 'resident_representatives', thresholds }, 'members', 20, 14)).toMatchObject({ line: 15, met: false });
  });
});

describe('when the room may count, and who confirms the minutes', () => {
  const closed = { checkinOpen: false };
  it('counts a meeting vote only while it is open, after check-in closed, and never the owners’', () => {
    expect(roomCountRefusal({ phase: 'open', rule: 'residents_meeting', meeting: closed })).toBeNull();
    expect(roomCountRefusal({ phase: 'open', rule: 'owners_major', meeting: closed })).toMatch('逐张录入表决票');
    expect(roomCountRefusal({ phase: 'counting', rule: 'residents_meeting', meeting: closed })).toBe('表决未在进行中');
    expect(roomCountRefusal({ phase: 'open', rule: 'residents_meeting' })).toMatch('会议尚未签到');
    expect(roomCountRefusal({ phase: 'open', rule: 'residents_meeting', meeting: { checkinOpen: true } })).toMatch('请先结束签到');
    expect(roomMethodProblem('hands', true)).toMatch('不能举手表决');
    expect(roomMethodProblem('box', true)).toBeNull();
    expect(roomMethodProblem('hands', false)).toBeNull();
  });

  it('opens check-in only where people meet, from the notice to the vote', () => {
    expect(checkInRefusal({ status: 'consulting', forms: ['meeting'] })).toBeNull();
    expect(checkInRefusal({ status: 'announced', forms: ['hearing'] })).toBeNull();
    expect(checkInRefusal({ status: 'consulting', forms: ['online'] })).toMatch('无需签到');
    expect(checkInRefusal({ status: 'deliberated', forms: ['meeting'] })).toMatch('只有公示、协商或表决期间');
  });

  it('compares names as written, spaces aside, and needs no host to compare with', () => {
    expect(countersProblem(' 李明', '李明 ', undefined)).toMatch('两个不同的人');
    expect(countersProblem('张三', '李明', undefined)).toBeNull();
    expect(countersProblem('张三', ' 王主任 ', '王主任')).toMatch('主持人');
  });

  it('takes the recorder and the host, two members, each once', () => {
    expect(minutesConfirmRefusal(undefined, 'host', 'm1')).toBe('会议纪要还没有保存');
    expect(minutesConfirmRefusal({ confirmed: {} }, 'host', 'm1')).toBeNull();
    expect(minutesConfirmRefusal({ confirmed: { host: { by: 'm2' } } }, 'host', 'm1')).toBe('主持人已经确认');
    expect(minutesConfirmRefusal({ confirmed: { recorder: { by: 'm1' } } }, 'host', 'm1')).toBe('您已作为记录人确认，须由另一位委员会成员作为主持人确认');
    expect(minutesConfirmRefusal({ confirmed: { recorder: { by: 'm2' } } }, 'host', 'm1')).toBeNull();
    expect(minutesConfirmRefusal({ confirmed: { host: { by: 'm1' } } }, 'recorder', 'm1')).toBe('您已作为主持人确认，须由另一位委员会成员作为记录人确认');
    expect(minutesConfirmed(undefined)).toBe(false);
    expect(minutesConfirmed({ confirmed: { recorder: { by: 'm1' } } })).toBe(false);
    expect(minutesConfirmed({ confirmed: { recorder: { by: 'm1' }, host: { by: 'm2' } } })).toBe(true);
  });
});
