import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/** The repo's `shared/` domain code sits outside the Taro app root and must be compiled too. */
const shared = path.resolve(__dirname, '../../shared');

/**
 * The CloudBase environment id the mini program calls. A production mini program must name it:
 * left empty, wx.cloud calls whichever environment the AppID has as its default, which is not
 * necessarily the one the functions were deployed to. Development and H5 builds may leave it out.
 */
function cloudEnv(platform: string): string {
  const env = process.env.CLOUD_ENV?.trim() ?? '';
  if (!env && platform === 'weapp' && process.env.NODE_ENV === 'production') {
    throw new Error(
      '生产环境的小程序构建必须指定云开发环境：CLOUD_ENV=<环境 ID> npm run build:weapp\n' +
        'A production mini program build needs its CloudBase environment: CLOUD_ENV=<env-id> npm run build:weapp',
    );
  }
  return env;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'shequ-xieshang',
    date: '2026-11-21',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and H5 build into separate folders so neither clobbers the other.
    outputRoot: `../dist/${platform}`,
    alias: { '@shared': path.join(shared, 'src') },
    defineConstants: {
      CLOUD_ENV: JSON.stringify(cloudEnv(platform)),
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Chinese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): WeChat reads
    // UTF-8 sources, and the saving is most of the main package's text.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: [shared] },
      postcss: { pxtransform: { enable: true, config: {} } },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [shared] },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} } },
      // The size budget that matters is the mini program's (npm run size); webpack's web hint is noise here.
      webpackChain(chain) {
        chain.performance.hints(false);
      },
    },
  };
  return merge({}, base);
});
