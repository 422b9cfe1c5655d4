import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { CollapseTemplateWhitespace } from './wxmlWhitespace';

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
      // Where a hosted H5 build (the hall's projector on CloudBase static hosting) reaches the
      // functions' HTTP access; empty: the same origin, as the local host serves both.
      FUNCTIONS_ORIGIN: JSON.stringify(process.env.FUNCTIONS_ORIGIN?.trim().replace(/\/$/, '') ?? ''),
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // The build minifies what it ships (JS by terser, styles by csso, templates by the plugin in
    // mini.webpackChain) rather than leaving it to WeChat's upload, so that what `npm run size`
    // measures and `npm run check:weapp` scans is what residents download. Chinese text stays
    // UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): WeChat reads UTF-8 sources, and
    // the saving is most of the main package's text.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    csso: { enable: true },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: [shared] },
      postcss: { pxtransform: { enable: true, config: {} } },
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        // Templates without their indentation (Taro's own minifyXML breaks <input>: see the plugin).
        chain.plugin('collapseTemplateWhitespace').use(CollapseTemplateWhitespace);
      },
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
      webpackChain(chain) {
        // The size budget that matters is the mini program's (npm run size); webpack's web hint is noise here.
        chain.performance.hints(false);
        // Taro splits only the entry's chunks. Each page is loaded on demand as a chunk of its own,
        // and each such chunk carried its own copy of what it uses of Taro's components and APIs
        // and of the app's shared code (the detail page's was 340 KB). Code that two or more pages
        // use now comes in shared chunks, fetched with the first page that needs it and cached for
        // every page after it. (Taro's photo viewer, with swiper, is a chunk of its own, loaded on
        // the first tap on a photo: files/previewPhotos.ts.)
        const fromTaro = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> };
        chain.optimization.splitChunks({
          ...fromTaro,
          cacheGroups: {
            ...fromTaro.cacheGroups,
            // Libraries that pages share (Taro's components and APIs, tslib): one chunk, which
            // the first page shown brings in (about 20 KB compressed).
            pageLibraries: {
              name: 'page-libraries',
              chunks: 'async',
              test: /[\\/]node_modules[\\/]/,
              minChunks: 2,
              priority: 20,
              reuseExistingChunk: true,
            },
            // The app's own modules that pages share, grouped by the pages that use them, so that
            // a page brings in only groups it needs (and none twice). A group under 10 KB (before
            // minifying) stays copied in its pages: one more request would cost more than it saves.
            pageShared: {
              chunks: 'async',
              minChunks: 2,
              minSize: 10000,
              priority: 5,
              reuseExistingChunk: true,
            },
          },
        });
      },
    },
  };
  return merge({}, base);
});
