import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fractionWords, ruleLabelsOf, RULE_KINDS, scopeLabelsOf, STATE_LABELS, TERMS, voteProblems } from '@shared';
import { VOTE_PHASE_LABELS } from '@shared/voting/ballots';

/** Every source file people's words come from: the screens, the functions, the shared domain. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
const root = path.resolve(__dirname, '../..');
const all = ['client/src', 'cloudfunctions', 'shared/src'].flatMap((d) => sources(path.join(root, d)));

describe('a 社区 and a 村 each in their own words', () => {
  it('no screen, notice or record says 居（村）: it names the community’s own people and committee', () => {
    // What people read: the code without its comments (which may name the old wording to explain it).
    const words = (f: string) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
    const offenders = all.filter((f) => /居（村）|（村）民|（村）委/.test(words(f))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('labels scopes and rules by the kind of community', () => {
    expect(scopeLabelsOf('community')).toMatchObject({ residents: '全体居民', representatives: '居委会成员和居民代表' });
    expect(scopeLabelsOf('village')).toMatchObject({ residents: '全体村民', representatives: '村委会成员和村民代表' });
    // A 代表会议 of 居民代表 and one of 村民代表 are two rules now, each with its body's own name.
    expect(ruleLabelsOf('community').resident_representatives).toBe('居民代表会议');
    expect(ruleLabelsOf('village').representatives_meeting).toBe('村民代表会议');
    expect(voteProblems({ rule: 'representatives_meeting', scope: { kind: 'residents' } }, 'village')).toEqual([
      '村民代表会议须以村委会成员和村民代表为表决范围',
    ]);
    expect(voteProblems({ rule: 'resident_representatives', scope: { kind: 'residents' } }, 'community')).toEqual([
      '居民代表会议须以居委会成员和居民代表为表决范围',
    ]);
    expect(voteProblems({ rule: 'villagers_meeting', scope: { kind: 'owners' } }, 'village')).toEqual(['村民会议须以全体村民或每户一名代表为表决范围']);
    expect(TERMS.community.committee).toBe('居委会');
    expect(TERMS.village.committee).toBe('村委会');
  });

  it('writes a rule label that can stand inside brackets: no bracket of its own', () => {
    for (const kind of ['community', 'village'] as const) {
      for (const rule of RULE_KINDS) expect(ruleLabelsOf(kind)[rule]).not.toMatch(/[（）()]/);
    }
  });

  it('says shares as the laws do', () => {
    expect([fractionWords(1, 5), fractionWords(1, 10), fractionWords(2, 3), fractionWords(1, 15), fractionWords(3, 20), fractionWords(1, 120)]).toEqual([
      '五分之一',
      '十分之一',
      '三分之二',
      '十五分之一',
      '二十分之三',
      '1/120',
    ]);
  });

  it('calls an open vote what the consultation’s state calls it', () => {
    expect(VOTE_PHASE_LABELS.open).toBe(STATE_LABELS.voting);
    expect(STATE_LABELS.escalated).toBe('提交会议表决');
  });
});
