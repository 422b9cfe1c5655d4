import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { makePagesFocusable } from './focusablePages';
import { movedPageUrl } from './movedPages';
import './app.css';
import './care/care.css';
// Marks the document for 长辈模式 before the first page draws, whichever page the app opens on.
import './care/careMode';

// Registered before anything renders: WeChat takes a redirect only if it is made synchronously in
// this callback, which may come on the very launch (a card or a code naming an old path). On H5
// Taro's router calls it too, for an old address such as a QR code printed from the local host.
Taro.onPageNotFound(({ path, query }) => {
  // `stamp` is the H5 router's own mark for the page that was not found; the new page gets its own.
  const { stamp: _stamp, ...kept } = query as Record<string, string>;
  const url = movedPageUrl(path, kept);
  if (url) Taro.redirectTo({ url });
});

makePagesFocusable();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Every read and write goes through cloud functions; the database itself denies clients.
      Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true });
    }
  });
  return children;
}

export default App;
