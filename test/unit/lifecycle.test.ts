import {
  DAY_MS,
  DomainError,
  VOTE_CLOSE_GRACE_MS,
  MAIN_PATH,
  STATES,
  STATE_LABELS,
  TRANSITIONS,
  checkTransition,
  mayAttempt,
  phaseOf,
  stepsOf,
  type Actor,
  type GuardFacts,
  type LifecycleSubject,
  type State,
  type TransitionName,
} from '@shared';

const NOW = Date.UTC(2026, 10, 21, 2, 0);

const fullPlan = (startsAt: number, noticeDays = 7) => ({
  title: '加装电梯',
  categoryId: 'services-01',
  background: '背景',
  forms: ['meeting' as const],
  schedule: { startsAt, endsAt: startsAt + 3_600_000 },
  place: '会议室',
  host: '王建国',
  scope: { kind: 'residents' as const },
  noticeDays,
});

function attempt(name: TransitionName, actor: Actor, subject: LifecycleSubject, facts: Partial<GuardFacts> = {}) {
  try {
    return { to: checkTransition(name, actor, { subject, facts: { now: NOW, ...facts } }) };
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
}

describe('the state machine', () => {
  it('labels every state and names only real states in transitions', () => {
    for (const s of STATES) expect(STATE_LABELS[s]).toBeTruthy();
    for (const t of Object.values(TRANSITIONS)) {
      expect(STATES).toContain(t.to);
      for (const f of t.from) expect(STATES).toContain(f);
      expect(t.by.length).toBeGreaterThan(0);
    }
  });

  it('reaches every state from draft', () => {
    const seen = new Set<State>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of Object.values(TRANSITIONS)) {
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...STATES].sort());
  });

  it('ends only in archived and withdrawn', () => {
    const dead = STATES.filter((s) => !Object.values(TRANSITIONS).some((t) => (t.from as readonly State[]).includes(s)));
    expect(dead.sort()).toEqual(['archived', 'withdrawn']);
  });

  it('lets withdrawal happen only from draft and announced', () => {
    for (const s of STATES) {
      expect(mayAttempt('withdraw', s, 'committee')).toBe(s === 'draft' || s === 'announced');
    }
  });
});

describe('publishNotice', () => {
  const ready = { status: 'draft' as const, plan: fullPlan(NOW + 7 * DAY_MS) };

  it('is the committee’s alone', () => {
    for (const actor of ['resident', 'representative', 'supervisor', 'system'] as const) {
      expect(attempt('publishNotice', actor, ready)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(attempt('publishNotice', 'committee', ready)).toEqual({ to: 'announced' });
  });

  it('happens only to a draft', () => {
    expect(attempt('publishNotice', 'committee', { ...ready, status: 'announced' })).toMatchObject({ code: 'WRONG_STATE' });
  });

  it('lists in Chinese what an incomplete plan lacks', () => {
    const r = attempt('publishNotice', 'committee', { status: 'draft', plan: { title: '加装电梯', categoryId: 'services-01', forms: ['meeting'] } });
    expect(r).toMatchObject({ code: 'PLAN_INCOMPLETE' });
    expect(r.details).toEqual(['背景说明', '开始时间', '结束时间', '地点', '主持人', '参与范围', '公示天数']);
  });

  it('accepts a meeting exactly the notice period away and refuses one a millisecond sooner', () => {
    expect(attempt('publishNotice', 'committee', { status: 'draft', plan: fullPlan(NOW + 7 * DAY_MS, 7) })).toEqual({ to: 'announced' });
    expect(attempt('publishNotice', 'committee', { status: 'draft', plan: fullPlan(NOW + 7 * DAY_MS - 1, 7) })).toMatchObject({
      code: 'NOTICE_TOO_SHORT',
    });
    expect(attempt('publishNotice', 'committee', { status: 'draft', plan: fullPlan(NOW + 10 * DAY_MS - 1, 10) })).toMatchObject({
      code: 'NOTICE_TOO_SHORT',
    });
  });
});

describe('the other guards', () => {
  const announced = { status: 'announced' as const, plan: fullPlan(NOW + DAY_MS) };

  it('withdraw needs a reason', () => {
    expect(attempt('withdraw', 'committee', announced, { reason: '  ' })).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(attempt('withdraw', 'committee', announced, { reason: '场地取消' })).toEqual({ to: 'withdrawn' });
  });

  it('consulting starts when the meeting time comes, by the scheduler or the committee', () => {
    const subject = { status: 'announced' as const, plan: fullPlan(NOW) };
    expect(attempt('startConsulting', 'system', subject, { now: NOW - 1 })).toMatchObject({ code: 'TOO_EARLY' });
    expect(attempt('startConsulting', 'system', subject)).toEqual({ to: 'consulting' });
    expect(attempt('startConsulting', 'resident', subject)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('closing a consultation waits for every opinion to be answered', () => {
    const subject = { status: 'consulting' as const, plan: fullPlan(NOW) };
    expect(attempt('closeConsultation', 'committee', subject, { unansweredOpinions: 2 })).toMatchObject({
      code: 'OPINIONS_UNANSWERED',
      message: '还有 2 条意见没有答复',
    });
    expect(attempt('closeConsultation', 'committee', subject, { unansweredOpinions: 0 })).toEqual({ to: 'deliberated' });
  });

  it('treats a guard fact the use case did not gather as a programming error', () => {
    expect(() => attempt('closeConsultation', 'committee', { status: 'consulting', plan: {} })).toThrow(/unansweredOpinions/);
  });

  it('takes effect only after the objection window, with no objection open', () => {
    const subject = { status: 'publicized' as const, plan: {}, objectionWindowEndsAt: NOW };
    expect(attempt('takeEffect', 'system', subject, { now: NOW - 1, openObjections: 0 })).toMatchObject({ code: 'TOO_EARLY' });
    expect(attempt('takeEffect', 'system', subject, { openObjections: 1 })).toMatchObject({ code: 'OBJECTIONS_OPEN' });
    expect(attempt('takeEffect', 'system', subject, { openObjections: 0 })).toEqual({ to: 'effective' });
  });

  it('escalates only to a statutory meeting rule', () => {
    const escalated = (rule: string) => ({ status: 'escalated' as const, plan: {}, vote: { rule, opensAt: NOW, closesAt: NOW + 86_400_000 } });
    expect(attempt('openStatutoryVote', 'committee', escalated('owners_major'))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(attempt('openStatutoryVote', 'committee', escalated('villagers_meeting'))).toMatchObject({ code: 'PRIOR_DISCUSSION_MISSING' });
    const discussed = {
      ...escalated('villagers_meeting'),
      priorSteps: [{ step: 'party_proposal' as const }, { step: 'two_committees' as const }, { step: 'party_members' as const }],
    };
    expect(attempt('openStatutoryVote', 'committee', discussed)).toEqual({ to: 'voting' });
    // 四议 half done is not done.
    expect(attempt('openStatutoryVote', 'committee', { ...discussed, priorSteps: discussed.priorSteps.slice(0, 2) })).toMatchObject({
      code: 'PRIOR_DISCUSSION_MISSING',
    });
  });

  it('closes a vote no earlier than the grace period after its close time', () => {
    const voting = { status: 'voting' as const, plan: {}, vote: { rule: 'residents_meeting', opensAt: NOW - DAY_MS, closesAt: NOW } };
    expect(attempt('closeVote', 'system', voting, { now: NOW + VOTE_CLOSE_GRACE_MS - 1 })).toMatchObject({ code: 'TOO_EARLY' });
    expect(attempt('closeVote', 'committee', voting, { now: NOW + VOTE_CLOSE_GRACE_MS })).toEqual({ to: 'deliberated' });
  });

  it('opens a vote from its opening time, if the plan has one', () => {
    const consulting = { status: 'consulting' as const, plan: {}, vote: { rule: 'residents_meeting', opensAt: NOW, closesAt: NOW + DAY_MS } };
    expect(attempt('openVote', 'committee', consulting, { now: NOW - 1 })).toMatchObject({ code: 'TOO_EARLY' });
    expect(attempt('openVote', 'committee', consulting)).toMatchObject({ code: 'PRIOR_DISCUSSION_MISSING' });
    expect(attempt('openVote', 'committee', { ...consulting, priorSteps: [{ step: 'party_discussion' as const }] })).toEqual({ to: 'voting' });
    // A vote of the 协商议事会 needs no prior discussion.
    expect(attempt('openVote', 'committee', { ...consulting, vote: { ...consulting.vote, rule: 'majority_of_present' } })).toEqual({ to: 'voting' });
    expect(attempt('openVote', 'committee', { status: 'consulting', plan: {} })).toMatchObject({ code: 'PLAN_INCOMPLETE' });
  });

  it('publishes a result only with the outcome written', () => {
    const subject = { status: 'deliberated' as const, plan: {} };
    expect(attempt('publishResult', 'committee', subject, { unansweredOpinions: 0 })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(attempt('publishResult', 'committee', { ...subject, outcome: '同意安装' }, { unansweredOpinions: 0 })).toEqual({
      to: 'publicized',
    });
  });

  it('completes only with a final report', () => {
    const subject = { status: 'implementing' as const, plan: {} };
    expect(attempt('complete', 'committee', subject)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(attempt('complete', 'committee', subject, { finalReport: '已安装完毕' })).toEqual({ to: 'completed' });
  });
});

describe('phases and steps', () => {
  it('groups states for the home screen', () => {
    expect(phaseOf('draft')).toBe('draft');
    expect(phaseOf('announced')).toBe('upcoming');
    expect(phaseOf('voting')).toBe('ongoing');
    expect(phaseOf('completed')).toBe('finished');
    expect(phaseOf('withdrawn')).toBe('finished');
  });

  it('draws past, current and coming steps', () => {
    const steps = stepsOf('consulting', ['draft', 'announced', 'consulting']);
    expect(steps.slice(0, 3)).toEqual([
      { state: 'draft', progress: 'done' },
      { state: 'announced', progress: 'done' },
      { state: 'consulting', progress: 'current' },
    ]);
    expect(steps.slice(3).map((s) => s.state)).toEqual(MAIN_PATH.slice(3));
    expect(steps.slice(3).every((s) => s.progress === 'todo')).toBe(true);
  });

  it('shows nothing ahead of a withdrawn consultation', () => {
    expect(stepsOf('withdrawn', ['draft', 'announced', 'withdrawn'])).toEqual([
      { state: 'draft', progress: 'done' },
      { state: 'announced', progress: 'done' },
      { state: 'withdrawn', progress: 'current' },
    ]);
  });
});
