import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLocalHost, type LocalHost } from '../../cloudfunctions/local/server';

/**
 * Browser tests drive real Chromium (Debian's package) against the real local host serving the
 * real H5 build. Without Chromium they are skipped with instructions, except under CI=true,
 * where a missing browser is a failure.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = '浏览器测试需要 Chromium：请运行 sudo apt-get install -y chromium（或设置 CHROMIUM_PATH 指向已安装的 Chromium）';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI 环境缺少 Chromium。${INSTALL}`);
  console.warn(`跳过浏览器测试。${INSTALL}`);
  return false;
}

const root = path.resolve(__dirname, '../..');
const h5 = path.join(root, 'dist', 'h5');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the H5 app when it is missing or older than its sources, so the test sees the code under test. */
function ensureH5Build(): void {
  const index = path.join(h5, 'index.html');
  const sources = ['client/src', 'client/config', 'shared/src'].map((d) => newestSource(path.join(root, d)));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources)) return;
  execSync('npm run build:h5', { cwd: root, stdio: 'inherit' });
}

export interface Session {
  host: LocalHost;
  browser: Browser;
  close(): Promise<void>;
}

/** A local host for a browser test; `clock` lets a test move time (to a vote's close, say). */
export async function openSession(options: { clock?: () => number } = {}): Promise<Session> {
  ensureH5Build();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-e2e-'));
  const host = await startLocalHost({ dataDir, staticDir: h5, demo: true, ...options });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    host,
    browser,
    async close() {
      await browser.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A phone-sized page logged in as a demo persona through the login page, as a person would;
 * `init`, a script's source, runs in every page before the app's own (to stand in for a browser's capability).
 */
export async function loginAs(session: Session, persona: string, init?: string): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  if (init) await context.addInitScript({ content: init });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`页面错误：${e.message}`));
  await page.goto(`${session.host.url}/`);
  await page.locator(`button[data-persona="${persona}"]`).click();
  await page.waitForURL(/#\/pages\/index\/index|\/$/);
  return page;
}

/** The visible element with this text: Taro keeps earlier pages in the DOM, hidden. */
export const visible = (page: Page, text: string, exact = false) => page.getByText(text, { exact }).filter({ visible: true }).first();

/** Waits until the text is visible; fails the test if it never comes. */
export const see = (page: Page, text: string) => visible(page, text).waitFor({ timeout: 15_000 });

/** A choice chip by its label, whether or not it is already chosen (a chosen one reads “✓ 书面”). */
export const chip = (page: Page, label: string) =>
  page
    .locator('.chip')
    .filter({ hasText: new RegExp(`^(✓ )?${label}$`) })
    .filter({ visible: true })
    .first();

/** A visible text box by its placeholder. */
export const textbox = (page: Page, placeholder: string) => page.getByRole('textbox', { name: placeholder }).filter({ visible: true }).first();

/** Clicks the visible element whose whole text is this. */
export const tap = (page: Page, text: string) => visible(page, text, true).click();

/** Says yes in the confirmation dialog. */
export const confirmWith = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).click();

const TAB_PAGES = { 议事: 'index', 公示: 'notices', 我的: 'me' } as const;

/** Opens a tab; from a page without the tab bar (a pushed page), by its address. */
export async function openTab(page: Page, tab: keyof typeof TAB_PAGES) {
  const bar = page.locator('.weui-tabbar__label', { hasText: tab }).filter({ visible: true });
  if (await bar.count()) return bar.click();
  // A change of the hash alone does not always move Taro's router off a pushed page: load the tab afresh.
  await page.goto(`${new URL(page.url()).origin}/#/pages/${TAB_PAGES[tab]}/index`);
  await page.reload();
  await bar.waitFor({ timeout: 15_000 });
}

/** On the vote screen: taps the choice, says yes to its confirmation, and waits until the ballot shows it. */
export async function castVote(page: Page, choice: '同意' | '反对' | '弃权') {
  await page
    .locator('.vote-choice', { hasText: new RegExp(`^${choice}$`) })
    .filter({ visible: true })
    .click();
  await confirmWith(page, `确定${choice}`);
  await see(page, `✓ ${choice}（当前选择）`);
}

/** Adds one photo through the page's own picker, as a person choosing from the album would. */
export async function addPhoto(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, '添加照片')]);
  await chooser.setFiles(file);
  await see(page, '✓ 已上传');
}
