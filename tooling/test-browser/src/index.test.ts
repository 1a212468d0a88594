import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The module as loaded with `CHROMIUM_PATH` set to `path` (it reads the variable once, at load). */
async function loadWith(path: string) {
  vi.stubEnv('CHROMIUM_PATH', path);
  vi.resetModules();
  return import('./index.js');
}

describe('launchChromium', () => {
  it('honours CHROMIUM_PATH', async () => {
    const { CHROMIUM_PATH } = await loadWith('/opt/chromium/chrome');
    expect(CHROMIUM_PATH).toBe('/opt/chromium/chrome');
  });

  it('names the project’s installer when no Chromium is there, before starting anything', async () => {
    const { launchChromium } = await loadWith('/nonexistent/chromium');
    await expect(launchChromium()).rejects.toThrow(
      /Chromium is not installed at \/nonexistent\/chromium: run `bash scripts\/ensure-chromium\.sh`/,
    );
  });
});
