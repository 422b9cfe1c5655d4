import {
  AREA_RULES,
  citation,
  compareFractions,
  DAY_MS,
  formOfScope,
  isAtLeast,
  isStatutory,
  LEGAL_BASES,
  LEGAL_FLOORS,
  meets,
  minimumFor,
  noticeProblem,
  RULE_BODIES,
  RULE_KINDS,
  RULE_SPECS,
  RULE_TEXTS,
  ruleLabelsOf,
  rulesFor,
  SCOPE_KINDS,
  thresholdsFor,
  thresholdsProblem,
  type LegalBasisId,
  type RuleKind,
} from '@shared';

describe('what each rule is for', () => {
  it('is one table: communities, scopes, whether statutory, notice floor', () => {
    const row = (kinds: string, scopes: string, statutory: boolean, days: number) => [kinds, scopes, statutory, days];
    const table = Object.fromEntries(
      RULE_KINDS.map((k) => {
        const s = RULE_SPECS[k];
        return [k, row(s.communityKinds.join(' '), s.scopes.join(' '), s.statutory, s.noticeFloorDays)];
      }),
    );
    expect(table).toEqual({
      majority_of_present: row('community village', SCOPE_KINDS.join(' '), false, 0),
      residents_meeting: row('community', 'residents households', true, 0),
      villagers_meeting: row('village', 'residents households', true, 10),
      group_meeting: row('village', 'group', false, 0),
      representatives_meeting: row('village', 'representatives', true, 0),
      resident_representatives: row('community', 'representatives', true, 0),
      collective_members: row('village', 'collective_members', true, 10),
      collective_representatives: row('village', 'collective_representatives', true, 0),
      land_contracting_outside: row('village', 'residents households representatives', true, 0),
      owners_ordinary: row('community village', 'owners', false, 15),
      owners_major: row('community village', 'owners', false, 15),
    });
  });

  it('cites the articles each rule rests on, the statutory ones with the prior discussion', () => {
    const bases: Record<RuleKind, LegalBasisId[]> = {
      majority_of_present: [],
      residents_meeting: ['residents_org_9', 'residents_org_2025_prior'],
      villagers_meeting: ['villagers_org_22', 'villagers_org_21', 'villagers_org_2025_prior'],
      group_meeting: ['villagers_org_28'],
      representatives_meeting: ['villagers_org_26', 'villagers_org_25', 'villagers_org_2025_prior'],
      resident_representatives: ['residents_org_2025_representatives', 'residents_org_2025_prior'],
      collective_members: ['collective_27', 'collective_26'],
      collective_representatives: ['collective_28', 'collective_26'],
      land_contracting_outside: ['land_contracting_52', 'villagers_org_22', 'villagers_org_26', 'villagers_org_2025_prior'],
      owners_ordinary: ['civil_code_278', 'property_regulation_14'],
      owners_major: ['civil_code_278', 'property_regulation_14'],
    };
    for (const k of RULE_KINDS) expect([k, RULE_SPECS[k].bases]).toEqual([k, bases[k]]);
  });

  it('keeps every basis whole: law, year, article and a summary', () => {
    for (const [id, b] of Object.entries(LEGAL_BASES)) {
      expect([id, b.law.length > 0, b.article.length > 0, b.summary.length > 10, [2018, 2020, 2024, 2025].includes(b.year)]).toEqual([
        id,
        true,
        true,
        true,
        true,
      ]);
    }
    // The organic laws are cited by their 2018 article until the 2025 renumbering is confirmed.
    expect(citation('villagers_org_22')).toBe('《村民委员会组织法》（2018）第22条');
    expect(citation('collective_27')).toBe('《农村集体经济组织法》（2024）第27条');
    expect(LEGAL_BASES.land_contracting_52.summary).toMatch(/三分之二以上/);
  });

  it('says which rules are statutory, and nothing else is', () => {
    const statutory = RULE_KINDS.filter(isStatutory);
    expect(statutory).toEqual([
      'residents_meeting',
      'villagers_meeting',
      'representatives_meeting',
      'resident_representatives',
      'collective_members',
      'collective_representatives',
      'land_contracting_outside',
    ]);
    expect(isStatutory('toString')).toBe(false);
    expect(isStatutory('council')).toBe(false);
  });

  it('offers each community its own rules', () => {
    expect(rulesFor('community')).toEqual(['majority_of_present', 'residents_meeting', 'resident_representatives', 'owners_ordinary', 'owners_major']);
    expect(rulesFor('village')).toEqual([
      'majority_of_present',
      'villagers_meeting',
      'group_meeting',
      'representatives_meeting',
      'collective_members',
      'collective_representatives',
      'land_contracting_outside',
      'owners_ordinary',
      'owners_major',
    ]);
  });

  it('names every rule and says it in plain words', () => {
    expect(ruleLabelsOf('village')).toMatchObject({
      villagers_meeting: '村民会议',
      group_meeting: '村民小组会议',
      collective_members: '集体经济组织成员大会',
      collective_representatives: '集体经济组织成员代表大会',
      land_contracting_outside: '集体土地对外发包',
    });
    expect(ruleLabelsOf('community')).toMatchObject({ residents_meeting: '居民会议', majority_of_present: '协商议事会·到场多数' });
    for (const rule of RULE_KINDS) expect(RULE_TEXTS[rule]).toMatch(/同意/);
    expect(RULE_TEXTS.land_contracting_outside).toMatch(/三分之二以上/);
    expect(RULE_TEXTS.owners_major).toMatch(/四分之三以上/);
    expect(RULE_TEXTS.collective_members).toMatch(/全体成员/);
    expect(RULE_TEXTS.villagers_meeting).toMatch(/按户表决时，参加的户须达全部户的三分之二以上/);
  });

  it('names the body that decides', () => {
    expect(RULE_BODIES).toEqual({
      majority_of_present: '协商议事会',
      residents_meeting: '居民会议',
      villagers_meeting: '村民会议',
      group_meeting: '村民小组会议',
      representatives_meeting: '村民代表会议',
      resident_representatives: '居民代表会议',
      collective_members: '集体经济组织成员大会',
      collective_representatives: '集体经济组织成员代表大会',
      land_contracting_outside: '土地对外发包',
      owners_ordinary: '业主共同决定',
      owners_major: '业主共同决定',
    });
    // Labels are the bodies, told apart where one body has two rules.
    expect(ruleLabelsOf('community')).toEqual({
      ...RULE_BODIES,
      majority_of_present: '协商议事会·到场多数',
      land_contracting_outside: '集体土地对外发包',
      owners_ordinary: '业主共同决定·一般事项',
      owners_major: '业主共同决定·重大事项',
    });
    expect(ruleLabelsOf('village')).toEqual(ruleLabelsOf('community'));
    expect(AREA_RULES).toEqual(['owners_ordinary', 'owners_major']);
  });
});

describe('notice floors', () => {
  const opensAt = Date.UTC(2026, 2, 20, 11);
  const justShort = opensAt - 10 * DAY_MS + 60_000; // 9 days 23:59 before

  it('refuse 9 days 23:59 where the law asks 10 days, and accept 10 days', () => {
    expect(noticeProblem('villagers_meeting', justShort, opensAt)).toBe(
      '村民会议须至少提前10天通知（《村民委员会组织法》（2018）第21条），本次通知距表决开始不足10天',
    );
    expect(noticeProblem('villagers_meeting', opensAt - 10 * DAY_MS, opensAt)).toBeNull();
    expect(noticeProblem('villagers_meeting', opensAt - 10 * DAY_MS - 1, opensAt)).toBeNull();
    expect(noticeProblem('villagers_meeting', opensAt - 10 * DAY_MS + 1, opensAt)).not.toBeNull();
    expect(noticeProblem('collective_members', justShort, opensAt)).toBe(
      '集体经济组织成员大会须至少提前10天通知（《农村集体经济组织法》（2024）第27条），本次通知距表决开始不足10天',
    );
  });

  it('ask owners for 15 days', () => {
    expect(noticeProblem('owners_major', opensAt - 15 * DAY_MS + 1, opensAt)).toBe(
      '业主共同决定须至少提前15天通知（《物业管理条例》（2018）第14条），本次通知距表决开始不足15天',
    );
    expect(noticeProblem('owners_ordinary', opensAt - 15 * DAY_MS, opensAt)).toBeNull();
    expect(noticeProblem('owners_ordinary', opensAt - 14 * DAY_MS, opensAt)).not.toBeNull();
  });

  it('set no floor for the other bodies, even a notice given after the opening', () => {
    for (const k of [
      'majority_of_present',
      'residents_meeting',
      'representatives_meeting',
      'collective_representatives',
      'land_contracting_outside',
    ] as const) {
      expect(noticeProblem(k, opensAt + DAY_MS, opensAt)).toBeNull();
    }
  });
});

describe('electorate forms', () => {
  it('follow the scope', () => {
    expect(formOfScope({ kind: 'residents' })).toBe('persons');
    expect(formOfScope({ kind: 'households' })).toBe('households');
    expect(formOfScope({ kind: 'representatives' })).toBe('members');
    expect(formOfScope({ kind: 'collective_members' })).toBe('members');
    expect(formOfScope({ kind: 'collective_representatives' })).toBe('members');
    expect(formOfScope({ kind: 'owners' })).toBe('owners');
    expect(formOfScope({ kind: 'group', form: 'households' })).toBe('households');
    expect(formOfScope({ kind: 'group', form: 'persons' })).toBe('persons');
    expect(formOfScope({ kind: 'group' })).toBe('persons');
  });

  it('pick the floor where the law sets one per form, else the rule’s one floor', () => {
    const twoThirds = { num: 2, den: 3, inclusive: true };
    const half = { num: 1, den: 2, inclusive: false };
    expect(thresholdsFor('villagers_meeting', 'households').quorum).toEqual({ heads: twoThirds });
    expect(thresholdsFor('villagers_meeting', 'persons').quorum).toEqual({ heads: half });
    expect(thresholdsFor('land_contracting_outside', 'members')).toEqual({ quorum: { heads: twoThirds }, pass: { heads: { ...twoThirds, of: 'electorate' } } });
    expect(thresholdsFor('owners_major', 'households')).toBe(LEGAL_FLOORS.owners_major.base);
    expect(thresholdsFor('collective_members', 'members').pass.heads.of).toBe('electorate');
    expect(thresholdsFor('residents_meeting', 'households').pass.heads.of).toBeUndefined();
  });

  it('hold a 居民代表会议’s own settings to more than half, every other rule to its floor', () => {
    const half = { num: 1, den: 2, inclusive: false };
    expect(minimumFor('resident_representatives', 'members')).toEqual({ quorum: { heads: half }, pass: { heads: half } });
    expect(minimumFor('representatives_meeting', 'members')).toBe(thresholdsFor('representatives_meeting', 'members'));
    expect(thresholdsProblem('resident_representatives', 'members', minimumFor('resident_representatives', 'members'))).toBeNull();
    expect(thresholdsProblem('group_meeting', 'persons', minimumFor('resident_representatives', 'members'))).toBe(
      '议事规则的表决门槛不能低于法定标准（村民小组会议）',
    );
  });
});

describe('fractions, exactly', () => {
  const T = (num: number, den: number, inclusive: boolean) => ({ num, den, inclusive });

  it('compare by cross-multiplication, beyond the float range of exact integers', () => {
    expect(compareFractions(2, 3, 2, 3)).toBe(0);
    expect(compareFractions(8, 12, 2, 3)).toBe(0);
    expect(compareFractions(7, 10, 2, 3)).toBe(1);
    expect(compareFractions(6, 10, 2, 3)).toBe(-1);
    // (3m+1)/(7m+2) is just above 3/7; in floats both products round to the same number.
    const m = 1e15;
    expect((3 * m + 1) * 7).toBe(3 * (7 * m + 2));
    expect(compareFractions(3 * m + 1, 7 * m + 2, 3, 7)).toBe(1);
    expect(compareFractions(3, 7, 3 * m + 1, 7 * m + 2)).toBe(-1);
  });

  it('meet a line only when reached (以上) or exceeded (过半数), never of an empty whole', () => {
    expect(meets(8, 12, T(2, 3, true))).toBe(true);
    expect(meets(7, 12, T(2, 3, true))).toBe(false);
    expect(meets(6, 12, T(1, 2, false))).toBe(false);
    expect(meets(7, 12, T(1, 2, false))).toBe(true);
    expect(meets(0, 0, T(0, 1, true))).toBe(false);
    expect(meets(1, -1, T(0, 1, true))).toBe(false);
  });

  it('rank thresholds: a higher fraction is stricter; at the same fraction, exceeding is stricter than reaching', () => {
    expect(isAtLeast(T(3, 4, true), T(2, 3, true))).toBe(true);
    expect(isAtLeast(T(1, 2, false), T(2, 3, true))).toBe(false);
    expect(isAtLeast(T(2, 3, true), T(2, 3, true))).toBe(true);
    expect(isAtLeast(T(2, 3, false), T(2, 3, true))).toBe(true);
    expect(isAtLeast(T(2, 3, false), T(2, 3, false))).toBe(true);
    expect(isAtLeast(T(4, 6, true), T(2, 3, false))).toBe(false);
  });
});
