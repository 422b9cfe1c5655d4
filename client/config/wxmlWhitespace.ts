import type { Compiler } from 'webpack';

/**
 * Taro writes the mini program's templates (base.wxml and each page's) indented, and its own
 * `mini.minifyXML` runs them through an HTML minifier that takes `<input>` for an HTML void
 * element and drops its `</input>`: WeChat then refuses base.wxml ("input expect end-tag").
 * Removing only the whitespace between two tags changes no tag. Taro's templates hold no text of
 * their own (text comes in through {{…}}), so no visible space is lost.
 */
export function collapseTemplateWhitespace(wxml: string): string {
  return wxml.replace(/>\s+</g, '><').trim();
}

const NAME = 'CollapseTemplateWhitespace';

/** Applies collapseTemplateWhitespace to every .wxml the build emits, after Taro has written them. */
export class CollapseTemplateWhitespace {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // Taro adds its templates at the ADDITIONAL stage; size optimisations run later.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const [file, source] of Object.entries(assets)) {
          if (!file.endsWith('.wxml')) continue;
          compilation.updateAsset(file, new sources.RawSource(collapseTemplateWhitespace(source.source().toString())));
        }
      });
    });
  }
}
