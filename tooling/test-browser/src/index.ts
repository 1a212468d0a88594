/**
 * Headless Chromium for the repository's browser tests (msw's worker in
 * `@monite-ts/mocks`, the example web app, the API reference). playwright-core
 * downloads no browser, so the tests drive Debian's chromium, which
 * `scripts/ensure-chromium.sh` installs (`pnpm test` runs it first).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The Chromium binary the browser tests launch: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags every browser test launches with: no sandbox, because Chromium's
 * refuses to start as root and in most containers, where CI runs; no GPU on a
 * headless machine; and none of Chromium's own traffic (updates, sync,
 * background fetches), so a test's page makes the only requests.
 */
const SHARED_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium from {@link CHROMIUM_PATH} with the shared flags.
 * The caller closes the browser.
 * @param extraArgs flags added after the shared ones (e.g. `--no-first-run`)
 * @throws when no Chromium is at {@link CHROMIUM_PATH}: the message names
 *   `bash scripts/ensure-chromium.sh`, so a missing browser reads as a set-up
 *   step rather than a failing test
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: run \`bash scripts/ensure-chromium.sh\` from the repository root ` +
        '(as root; it installs Debian’s chromium), or set CHROMIUM_PATH to a Chromium binary, and rerun.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...SHARED_ARGS, ...extraArgs] });
}
