import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import config from '../../client/config';
import { CollapseTemplateWhitespace } from '../../client/config/wxmlWhitespace';

/**
 * The Taro build configuration (client/config/index.ts), called as `taro build` calls it. A
 * production mini program without CLOUD_ENV would silently call the AppID's default CloudBase
 * environment, whichever that is, so its build is refused.
 */
interface Built {
  defineConstants: Record<string, string>;
  terser?: { enable?: boolean };
  csso?: { enable?: boolean };
  mini: { minifyXML?: unknown; webpackChain?: (chain: unknown) => void };
}
type ConfigFn = (merge: (...parts: object[]) => object, env: { command: string; mode: string }) => Promise<Built>;

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function configFor(env: { NODE_ENV: string; TARO_ENV: string; CLOUD_ENV?: string }) {
  process.env = { ...saved, ...env };
  if (env.CLOUD_ENV === undefined) delete process.env.CLOUD_ENV;
  return (config as unknown as ConfigFn)((...parts) => Object.assign({}, ...parts), { command: 'build', mode: env.NODE_ENV });
}

describe('the mini program build', () => {
  it('refuses a production weapp build that names no CloudBase environment, saying how to name one', async () => {
    await expect(configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp' })).rejects.toThrow('CLOUD_ENV=<环境 ID> npm run build:weapp');
    await expect(configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp', CLOUD_ENV: '  ' })).rejects.toThrow('CLOUD_ENV');
  });

  it('compiles the named environment into a production weapp build', async () => {
    const built = await configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp', CLOUD_ENV: 'xieshang-prod-1a2b' });
    expect(built.defineConstants.CLOUD_ENV).toBe('"xieshang-prod-1a2b"');
  });

  it('needs no environment for an H5 build or a development build of the mini program', async () => {
    expect((await configFor({ NODE_ENV: 'production', TARO_ENV: 'h5' })).defineConstants.CLOUD_ENV).toBe('""');
    expect((await configFor({ NODE_ENV: 'development', TARO_ENV: 'weapp' })).defineConstants.CLOUD_ENV).toBe('""');
  });
});

/**
 * What residents download is minified by the build itself and injected page by page; WeChat's
 * quality scan (`npm run check:weapp`) reads the same from project.config.json and app.json.
 */
describe('the mini program residents download', () => {
  const root = path.resolve(__dirname, '../..');

  it("is built with its JS and styles minified and its templates collapsed by our plugin, not Taro's minifyXML", async () => {
    const built = await configFor({ NODE_ENV: 'production', TARO_ENV: 'weapp', CLOUD_ENV: 'xieshang-prod-1a2b' });
    expect(built.terser?.enable).toBe(true);
    expect(built.csso?.enable).toBe(true);
    // Taro's minifyXML drops </input>, and WeChat refuses such a template.
    expect(built.mini.minifyXML).toBeUndefined();
    const plugins: unknown[] = [];
    built.mini.webpackChain?.({ plugin: () => ({ use: (plugin: unknown) => plugins.push(plugin) }) });
    expect(plugins).toContain(CollapseTemplateWhitespace);
  });

  it('has its templates collapsed after Taro writes them, every end tag kept', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wxml-'));
    try {
      writeFileSync(path.join(dir, 'entry.js'), 'module.exports = 1;');
      const indented = '<template name="tmpl_0_33">\n  <input value="{{i.p25}}" bindinput="eh"></input>\n</template>\n';
      // Stands in for Taro's MiniPlugin, which adds its templates at the same stage.
      const taroLike = {
        apply(compiler: webpack.Compiler) {
          compiler.hooks.thisCompilation.tap('TaroLike', (compilation) => {
            compilation.hooks.processAssets.tap({ name: 'TaroLike', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
              compilation.emitAsset('base.wxml', new webpack.sources.RawSource(indented));
            });
          });
        },
      };
      await new Promise<void>((resolve, reject) => {
        webpack({
          mode: 'none',
          context: dir,
          entry: './entry.js',
          output: { path: path.join(dir, 'out') },
          plugins: [taroLike, new CollapseTemplateWhitespace()],
        }).run((error, stats) => (error || stats?.hasErrors() ? reject(error ?? stats?.toString()) : resolve()));
      });
      expect(readFileSync(path.join(dir, 'out', 'base.wxml'), 'utf8')).toBe(
        '<template name="tmpl_0_33"><input value="{{i.p25}}" bindinput="eh"></input></template>',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is uploaded with WeChat's compression on and unused files refused, from either project file", () => {
    const settings = ['project.config.json', 'client/project.config.json'].map(
      (file) => (JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { setting: Record<string, unknown> }).setting,
    );
    for (const setting of settings) {
      expect(setting).toMatchObject({ minified: true, minifyWXSS: true, minifyWXML: true, ignoreDevUnusedFiles: false });
    }
    // DevTools opens the repo (project.config.json) or dist/weapp (Taro's copy of client's): the same either way.
    expect(settings[1]).toEqual(settings[0]);
  });

  it('injects only the components the opened page needs', () => {
    (globalThis as { defineAppConfig?: (c: object) => object }).defineAppConfig = (c) => c;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const app = require('../../client/src/app.config').default as { lazyCodeLoading?: string };
    expect(app.lazyCodeLoading).toBe('requiredComponents');
  });

  it("declares WeChat's 同声传译 plugin (语音输入, 朗读) for the mini program, and not for H5, which has no plugins", () => {
    (globalThis as { defineAppConfig?: (c: object) => object }).defineAppConfig = (c) => c;
    const appFor = (platform: string) => {
      process.env = { ...saved, TARO_ENV: platform };
      let app: { plugins?: Record<string, { version: string; provider: string }> } = {};
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        app = require('../../client/src/app.config').default;
      });
      return app;
    };
    // The plugin's AppID, and a version WeChat has published (a version that does not exist fails the mini program's start).
    expect(appFor('weapp').plugins).toEqual({ WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } });
    expect(appFor('h5').plugins).toBeUndefined();
  });
});
