/**
 * The HTML API reference (`pnpm docs`: redocly build-docs) opened in headless
 * Chromium: every operation tag of the bundled spec must be in its menu, and
 * a screenshot is kept as a build artifact (.artifacts/api-reference.png).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../src/openapi.js';
import { run } from '../src/scratch.js';
import { BUNDLED_SPEC, repoRoot } from '../src/workspace.js';

/** Debian's chromium; playwright-core ships no browser of its own. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DOCS = join(repoRoot, 'spec/docs-build/index.html');
const SCREENSHOT = join(repoRoot, '.artifacts/api-reference.png');

const spec = JSON.parse(readFileSync(join(repoRoot, BUNDLED_SPEC), 'utf8')) as {
  info: { title: string };
  paths: unknown;
};
const operationTags = [
  ...new Set(
    listOperations(spec).flatMap(({ operation }) =>
      Array.isArray(operation.tags) ? (operation.tags as string[]) : [],
    ),
  ),
].sort();

let browser: Browser;
let page: Page;
let menuLabels: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  // Rebuild the reference when it is missing or older than the spec, so the
  // test never checks a stale page.
  const specTime = statSync(join(repoRoot, BUNDLED_SPEC)).mtimeMs;
  if (!existsSync(DOCS) || statSync(DOCS).mtimeMs < specTime) {
    run('pnpm', ['--filter', '@monite-ts/spec', 'docs'], { cwd: repoRoot, env: { REDOCLY_TELEMETRY: 'off' } });
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The page is prerendered; its script comes from a CDN. Blocking the
  // network makes the check the same offline (CI) and online: what the
  // prerendered HTML shows is what is tested.
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(DOCS).href, { waitUntil: 'load' });
  menuLabels = await page.$$eval('[data-component-name="Menu/MenuItem"] [data-text]', (els) =>
    els.map((el) => el.getAttribute('data-text') ?? ''),
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('API reference in a browser', () => {
  it('has tagged operations to look for', () => {
    expect(operationTags.length).toBeGreaterThan(0);
  });

  it('lists every operation tag of the bundled spec in its menu', () => {
    const missing = operationTags.filter((tag) => !menuLabels.includes(tag));
    expect(missing, `menu labels found: ${menuLabels.slice(0, 20).join(', ')}...`).toEqual([]);
  });

  it('shows the API title', async () => {
    const title = spec.info.title;
    await expect(page.getByText(title, { exact: true }).first().isVisible()).resolves.toBe(true);
  });

  it('writes a screenshot artifact', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
