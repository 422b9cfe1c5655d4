import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import * as shared from '@shared';
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

describe('what a resident reads on the screens', () => {
  // The resident's screens and the components they share (the committee's own screens are apart).
  const RESIDENT = ['pages', 'consultation', 'vote', 'board', 'suggest', 'join', 'components', 'files', 'hooks'];
  /** Props whose value is text on the screen (a Field's label, a box's placeholder, a toast's title…). */
  const TEXT_PROPS = new Set([
    'placeholder',
    'title',
    'label',
    'value',
    'text',
    'action',
    'caption',
    'content',
    'confirmText',
    'cancelText',
    'hint',
    'note',
    'message',
  ]);
  /**
   * Latin words a resident does meet, each for a reason: Excel names the program the phone opens
   * the file with; MB is how the phone's album states a photo's size.
   */
  const NEEDED = /\b(Excel|\d*MB)\b/g;

  /** Literal text a screen shows: JSX text, and strings reaching a JSX child or a text prop through ?:, && or ||. */
  function screenText(file: string, source = readFileSync(file, 'utf8')): { line: number; text: string }[] {
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: { line: number; text: string }[] = [];
    const textProp = (n: ts.Node) => (ts.isJsxAttribute(n) || ts.isPropertyAssignment(n)) && TEXT_PROPS.has(n.name.getText());
    const shown = (n: ts.Node): boolean => {
      let p = n.parent;
      const through = (q: ts.Node) =>
        ts.isConditionalExpression(q) ||
        ts.isParenthesizedExpression(q) ||
        (ts.isBinaryExpression(q) &&
          [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(q.operatorToken.kind));
      while (through(p)) {
        if (ts.isConditionalExpression(p) && p.condition === n) return false;
        n = p;
        p = p.parent;
      }
      if (ts.isJsxExpression(p)) return !ts.isJsxAttribute(p.parent) || textProp(p.parent);
      return textProp(p);
    };
    const visit = (n: ts.Node) => {
      const at = () => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      if (ts.isJsxText(n)) found.push({ line: at(), text: n.text });
      else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && shown(n)) found.push({ line: at(), text: n.text });
      else if (ts.isTemplateExpression(n) && shown(n)) found.push({ line: at(), text: [n.head.text, ...n.templateSpans.map((t) => t.literal.text)].join('…') });
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return found;
  }

  it('has no English word, code or enum value in any screen text (but the allowed few)', () => {
    const files = RESIDENT.flatMap((d) => sources(path.join(root, 'client/src', d)));
    const latin = files.flatMap((f) =>
      screenText(f)
        .filter(({ text }) => /[A-Za-z]/.test(text.replace(NEEDED, '')))
        .map(({ line, text }) => `${path.relative(root, f)}:${line}: ${text.trim()}`),
    );
    expect(files.length).toBeGreaterThan(40);
    expect(latin).toEqual([]);
  });

  it('labels every state, channel, choice and kind in Chinese: no label is a code', () => {
    const tables = Object.entries(shared).filter(([name, v]) => /_LABELS$/.test(name) && v && typeof v === 'object');
    const words = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(words) : []);
    const latin = tables.flatMap(([name, table]) =>
      words(table)
        .filter((w) => /[A-Za-z]/.test(w))
        .map((w) => `${name}: ${w}`),
    );
    expect(tables.length).toBeGreaterThan(10);
    expect(latin).toEqual([]);
  });

  it('finds English where a screen would show it', () => {
    const probe = `
      const A = ({ busy, n, kind }) => (
        <View className={busy ? 'btn-on' : 'btn-off'}>
          {busy ? 'Loading…' : <Button onClick={() => Taro.showToast({ title: 'Submit', icon: 'success' })}>提交</Button>}
          {n === 0 && \`no votes yet\`}
          <Field label="Name" value={kind === 'village' ? '村' : '社区'} />
        </View>
      );`;
    expect(
      screenText('probe.tsx', probe)
        .map((t) => t.text.trim())
        .filter(Boolean),
    ).toEqual(['Loading…', 'Submit', '提交', 'no votes yet', 'Name', '村', '社区']);
  });
});
