import { DEFAULT_PETITION, petitionBasisWords, petitionProblem, requestShareProblem, STATUTORY_SHARES } from '@shared';

describe('meeting-request shares (提议召开)', () => {
  it('are the statute’s, each with its article', () => {
    const rows = (kind: 'community' | 'village') => STATUTORY_SHARES[kind].map((s) => `${s.body} ${s.basis} ${s.share.num}/${s.share.den} ${s.legalBasis}`);
    expect(rows('community')).toEqual([
      'residents_meeting residents 1/5 residents_org_10',
      'residents_meeting households 1/5 residents_org_10',
      'residents_meeting groups 1/3 residents_org_10',
    ]);
    expect(rows('village')).toEqual([
      'villagers_meeting residents 1/10 villagers_org_21',
      'villagers_meeting representatives 1/3 villagers_org_21',
      'representatives_meeting representatives 1/5 villagers_org_26',
    ]);
  });

  it('default the settings to the statute, with no household basis in a 村 and a 村民代表 one only there', () => {
    expect(DEFAULT_PETITION).toEqual({
      community: { residents: { num: 1, den: 5 }, households: { num: 1, den: 5 }, representatives: null },
      village: { residents: { num: 1, den: 10 }, households: null, representatives: { num: 1, den: 3 } },
    });
    expect(petitionProblem('community', DEFAULT_PETITION.community)).toBeNull();
    expect(petitionProblem('village', DEFAULT_PETITION.village)).toBeNull();
    // A 村 may lower its 村民代表 share, not raise it nor switch it off; settings saved before it take the statute's.
    expect(petitionProblem('village', { ...DEFAULT_PETITION.village, representatives: { num: 1, den: 4 } })).toBeNull();
    expect(petitionProblem('village', { ...DEFAULT_PETITION.village, representatives: { num: 1, den: 2 } })).toMatch(/只能调低/);
    expect(petitionProblem('village', { ...DEFAULT_PETITION.village, representatives: null })).toMatch(/不能关闭/);
    expect(petitionProblem('village', { residents: { num: 1, den: 10 }, households: null })).toBeNull();
  });

  it('may be lowered, never raised above the statute', () => {
    expect(requestShareProblem('community', 'residents_meeting', 'residents', { num: 1, den: 6 })).toBeNull();
    expect(requestShareProblem('community', 'residents_meeting', 'residents', { num: 2, den: 10 })).toBeNull(); // the same share
    expect(requestShareProblem('community', 'residents_meeting', 'residents', { num: 1, den: 4 })).toBe(
      '提议召开居民会议按居民计的比例只能调低，不能高于法定为五分之一（《城市居民委员会组织法》（2018）第10条）',
    );
    expect(requestShareProblem('community', 'residents_meeting', 'groups', { num: 1, den: 3 })).toBeNull();
    expect(requestShareProblem('community', 'residents_meeting', 'groups', { num: 2, den: 5 })).toBe(
      '提议召开居民会议按居民小组计的比例只能调低，不能高于法定为三分之一（《城市居民委员会组织法》（2018）第10条）',
    );
    expect(requestShareProblem('village', 'villagers_meeting', 'representatives', { num: 1, den: 2 })).toBe(
      '提议召开村民会议按村民代表计的比例只能调低，不能高于法定为三分之一（《村民委员会组织法》（2018）第21条）',
    );
    expect(requestShareProblem('village', 'representatives_meeting', 'representatives', { num: 1, den: 5 })).toBeNull();
    expect(requestShareProblem('village', 'representatives_meeting', 'representatives', { num: 21, den: 100 })).toBe(
      '提议召开村民代表会议按村民代表计的比例只能调低，不能高于法定为五分之一（《村民委员会组织法》（2018）第26条）',
    );
    expect(petitionProblem('village', { residents: { num: 1, den: 9 }, households: null })).toBe(
      '提议召开村民会议按村民计的比例只能调低，不能高于法定为十分之一（《村民委员会组织法》（2018）第21条）',
    );
    expect(petitionProblem('community', { residents: { num: 1, den: 5 }, households: { num: 1, den: 4 } })).toMatch(/^提议召开居民会议按户计的比例只能调低/);
  });

  it('keep a statutory basis on, and leave the others to the community', () => {
    expect(petitionProblem('community', { residents: null, households: { num: 1, den: 5 } })).toBe(
      '提议召开居民会议按居民计的比例是法定的，不能关闭：法定为五分之一（《城市居民委员会组织法》（2018）第10条）',
    );
    // A 村 may add a household basis of its own, at any share, or leave it off.
    expect(petitionProblem('village', { residents: { num: 1, den: 10 }, households: { num: 1, den: 2 } })).toBeNull();
    expect(requestShareProblem('community', 'representatives_meeting', 'representatives', null)).toBeNull();
  });

  it('refuse a share that is no fraction of the population', () => {
    for (const share of [
      { num: 0, den: 5 },
      { num: 6, den: 5 },
      { num: 1.5, den: 10 },
      { num: 1, den: 0 },
      { num: -1, den: -5 },
    ]) {
      expect(requestShareProblem('village', 'villagers_meeting', 'households', share)).toBe('提议召开村民会议按户计的比例须为不超过1的正分数');
    }
  });

  it('name each basis in the community’s words', () => {
    expect(petitionBasisWords('residents', 'village')).toBe('村民');
    expect(petitionBasisWords('households', 'community')).toBe('户');
  });
});
