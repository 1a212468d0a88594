/**
 * The HTML API reference (`pnpm docs`: redocly build-docs) opened in headless
 * Chromium with the network blocked, as from `file://` behind a firewall:
 * every operation tag of the bundled spec is in its menu, a deep link shows
 * its operation, search finds operations (so the inlined Redoc script runs),
 * and a screenshot is kept as a build artifact (.artifacts/api-reference.png).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@monite-ts/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../src/openapi.js';
import { run } from '../src/scratch.js';
import { BUNDLED_SPEC, repoRoot } from '../src/workspace.js';

const DOCS = join(repoRoot, 'spec/docs-build/index.html');
const SCREENSHOT = join(repoRoot, '.artifacts/api-reference.png');

const spec = JSON.parse(readFileSync(join(repoRoot, BUNDLED_SPEC), 'utf8')) as {
  info: { title: string };
  paths: unknown;
};
const operations = listOperations(spec);
const operationTags = [
  ...new Set(
    operations.flatMap(({ operation }) => (Array.isArray(operation.tags) ? (operation.tags as string[]) : [])),
  ),
].sort();

let browser: Browser;
let page: Page;
let menuLabels: string[];
/** Requests the page tried to make off this machine (all refused). */
const blocked: { url: string; type: string }[] = [];

/** True for URLs that stay on this machine: the page itself and a local server. */
function isLocal(url: string): boolean {
  if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Blocks every request that leaves the machine, recording it, so the page is tested as offline. */
async function offline(target: Page): Promise<void> {
  await target.route('**/*', (route) => {
    const request = route.request();
    if (isLocal(request.url())) return route.continue();
    blocked.push({ url: request.url(), type: request.resourceType() });
    return route.abort();
  });
}

/** The operation ids of one tag, in the spec's order. */
function operationIdsOf(tag: string): string[] {
  return operations
    .filter(({ operation }) => Array.isArray(operation.tags) && operation.tags.includes(tag))
    .map(({ operation }) => String(operation.operationId));
}

beforeAll(async () => {
  // The browser first: a missing Chromium fails at once, not after a docs build.
  browser = await launchChromium(['--no-first-run']);
  // Rebuild the reference when it is missing or older than the spec, so the
  // test never checks a stale page.
  const specTime = statSync(join(repoRoot, BUNDLED_SPEC)).mtimeMs;
  if (!existsSync(DOCS) || statSync(DOCS).mtimeMs < specTime) {
    run('pnpm', ['--filter', '@monite-ts/spec', 'docs'], { cwd: repoRoot, env: { REDOCLY_TELEMETRY: 'off' } });
  }
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The page is prerendered and carries Redoc's script inline (build-docs
  // --inlineBundle). With the network blocked, search and deep links only
  // work if nothing it needs comes from a CDN.
  await offline(page);
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

  it('carries its script inline, loading none from the network', () => {
    const html = readFileSync(DOCS, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+rel=["']modulepreload["'][^>]+href=["']https?:/i);
    expect(blocked.filter((r) => r.type === 'script' || r.type === 'stylesheet')).toEqual([]);
  });

  it('opens a deep link at its operation', async () => {
    // A fresh page, as when a link is pasted into the address bar.
    const linked = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await offline(linked);
      await linked.goto(`${pathToFileURL(DOCS).href}#/receipts/post_receipts`, { waitUntil: 'load' });
      const heading = linked.locator('h2', { hasText: /^Create a receipt$/ }).first();
      await heading.waitFor({ state: 'visible', timeout: 15_000 });
      // Scrolled to it: the heading is in the viewport, not just somewhere on the page.
      await expect
        .poll(async () => (await heading.boundingBox())?.y ?? -1, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(0);
      expect((await heading.boundingBox())!.y).toBeLessThan(900);
    } finally {
      await linked.close();
    }
  });

  it('finds the receipts operations when searching "receipt"', async () => {
    const receipts = operationIdsOf('Receipts');
    expect(receipts.length).toBeGreaterThan(0);
    await page.locator('[data-testid="search-trigger"]').first().click();
    await page.getByPlaceholder('Search docs...').fill('receipt');
    const items = page.locator('[data-testid="search-dialog"] [data-component-name="Search/SearchItem"]');
    await items.first().waitFor({ state: 'visible', timeout: 15_000 });
    const links = await items.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    const missing = receipts.filter((id) => !links.includes(`#/receipts/${id}`));
    expect(missing, `search results: ${links.slice(0, 20).join(', ')}`).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('writes a screenshot artifact', async () => {
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
