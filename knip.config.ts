import type { KnipConfig } from 'knip';

/**
 * `npm run lint:unused`: knip finds files, exports and dependencies that nothing uses. It runs twice:
 * over everything, and with `--production` over what ships (the entries and files marked `!`), where
 * an export that only tests import is dead in the product.
 */
const config: KnipConfig = {
  entry: [
    // The client: the app, its pages and their configs, and the weapp variants Taro picks by file name.
    'client/src/app.tsx!',
    'client/src/app.config.ts!',
    'client/src/**/index.tsx!',
    'client/src/**/index.config.ts!',
    'client/src/**/*.weapp.{ts,tsx}!',
    'client/config/index.ts!',
    // The deployed cloud functions (the local host, cloudfunctions/local/main.ts, knip finds through the `serve` script).
    'cloudfunctions/*/index.ts!',
    'scripts/*.ts!',
    'test/**/*.test.ts',
    'test/bench/*.ts',
    // Bundled by path in test/integration/functionBundle.test.ts, which nothing imports.
    'test/fixtures/**/*.ts',
  ],
  project: ['client/src/**/*.{ts,tsx}!', 'client/config/**/*.ts!', 'cloudfunctions/**/*.ts!', 'shared/**/*.ts!', 'scripts/**/*.ts!', 'test/**/*.ts'],
  // The client's Babel config lives with the client; through it knip sees babel-preset-taro and its peers.
  babel: { config: ['client/babel.config.js'] },
  ignoreDependencies: [
    // Taro's CLI loads these by name from client/config/index.ts (`framework: 'react'`, `compiler: 'webpack5'`,
    // and the platform of each build); no source file imports them.
    '@tarojs/plugin-framework-react',
    '@tarojs/plugin-platform-h5',
    '@tarojs/plugin-platform-weapp',
    '@tarojs/webpack5-runner',
    // What Taro's build puts into the app's bundle: its runtime and React renderer (for weapp), react-dom
    // (for H5), and @babel/runtime helpers that babel-preset-taro's transform-runtime imports from the app's code.
    '@tarojs/runtime',
    '@tarojs/react',
    'react-dom',
    '@babel/runtime',
    // Required on first use in cloudfunctions/core/platform/cloudbase.ts; the CloudBase platform installs it
    // with each deployed function (scripts/build-functions.ts declares it), so the repo does not list it.
    'wx-server-sdk',
  ],
  // `npm start` runs the local host, a development tool, with tsx from devDependencies; the product is the
  // bundled functions and the built client, which need no tsx. Only the production run looks at `start`
  // without devDependencies (and the full run would flag the entry as needless).
  ...(process.argv.includes('--production') ? { ignoreBinaries: ['tsx'] } : {}),
};

export default config;
