/**
 * H5: the browser asks before a reload or closing the tab while `message`'s text is unsent (the
 * browser shows its own wording; the message is for the mini program). Taro's hash router gives no
 * way to stop an in-app back, so there the kept draft is what saves the text.
 * (askBeforeLeaving.weapp.ts is the mini program's version.) Returns the release.
 */
export function askBeforeLeaving(_message: string): () => void {
  const ask = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', ask);
  return () => window.removeEventListener('beforeunload', ask);
}
