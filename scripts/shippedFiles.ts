import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { collapseTemplateWhitespace } from '../client/config/wxmlWhitespace';

/**
 * Checks of the mini program's shipped files that WeChat's quality scan cannot make: it reads
 * only project.config.json's compression flags, and its code analysis does not parse templates
 * far enough to see an unclosed tag (`npm run check:weapp`).
 */

/** A minified file has no indented line; a minified template is one the build's collapsing leaves as it is. */
export function isMinified(file: string, text: string): boolean {
  if (/\n[ \t]/.test(text)) return false;
  return !file.endsWith('.wxml') || collapseTemplateWhitespace(text) === text;
}

// A tag with its attributes; a quoted value may hold `>` (in a {{…}} expression).
const TAG = /<(\/?)([A-Za-z][\w-]*)(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*(\/?)>/g;

/**
 * The first tag a template leaves unclosed (or closes out of order), if any. WXML, unlike HTML,
 * has no void elements: `<input …>` must end in `/>` or `</input>`, or WeChat refuses the page.
 */
export function unclosedTag(wxml: string): string | undefined {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of wxml.matchAll(TAG)) {
    if (selfClosing) continue;
    if (!closing) {
      open.push(name);
      continue;
    }
    const innermost = open.pop();
    if (innermost !== name) return innermost ?? name;
  }
  return open.pop();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(p) : [p];
  });
}

/** Our own checks of the shipped files; each problem as a line to print. */
export function shippedFileProblems(out: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(out)) {
    if (!/\.(js|wxss|wxml)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const name = path.relative(out, file);
    if (!isMinified(file, text)) problems.push(`未压缩 not minified: ${name}`);
    const tag = file.endsWith('.wxml') ? unclosedTag(text) : undefined;
    if (tag) problems.push(`标签未闭合 unclosed <${tag}>: ${name}`);
  }
  return problems;
}
