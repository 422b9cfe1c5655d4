/**
 * Pages that left the main package for subpackages (issue 14, lighter pages), by the path they
 * had. What was made before the move still names the old path — a share card in a chat, a
 * subscription message already sent or still in the outbox, a printed poster's mini-program code —
 * and WeChat reports it as a page not found; the app then sends the person on to where it is now.
 * @internal The route tests read it to check every moved page still leads somewhere.
 */
export const MOVED_PAGES: Readonly<Record<string, string>> = {
  'pages/consultation/index': 'consultation/detail/index',
  'pages/opinion/index': 'consultation/opinion/index',
  'pages/opinions/index': 'consultation/opinions/index',
  'pages/my-opinions/index': 'consultation/my-opinions/index',
  'pages/join/index': 'join/index/index',
};

/**
 * Where an old path opens now, its query kept as WeChat handed it over (still URL-encoded where
 * it was, as a code's `scene` is, so the page decodes it as before); undefined for any other path.
 */
export function movedPageUrl(path: string, query: Partial<Record<string, string>> = {}): string | undefined {
  const now = MOVED_PAGES[path.replace(/^\//, '')];
  if (!now) return undefined;
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${value ?? ''}`)
    .join('&');
  return `/${now}${search ? `?${search}` : ''}`;
}
