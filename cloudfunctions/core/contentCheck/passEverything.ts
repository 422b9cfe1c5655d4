import type { ContentCheck } from '../ports/contentCheck';

/**
 * The embedded default: checks nothing and passes everything, as its name says. Only the local
 * host uses it; deployed functions use WeChat's check.
 */
export class PassEverythingContentCheck implements ContentCheck {
  async check(): Promise<'pass'> {
    return 'pass';
  }
}
