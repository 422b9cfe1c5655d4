/**
 * A name a file can be saved under (一事一档-<议题>, an attachment's 公约草案.pdf): what any file
 * system and WeChat's document viewer hold — no path separators, reserved symbols or control
 * characters — and short enough for a phone's screen. The one rule for every name a file is
 * given: dossiers, attachments, and what the local host tells a browser.
 */
export function safeFileName(base: string, max = 60): string {
  const clean = base
    // Control characters are what is being removed here.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, max)
    // Windows drops a trailing dot or space, and a name of only those is no name.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return clean || '文件';
}
