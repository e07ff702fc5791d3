import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

/** Where Debian's chromium lives (test/browser/ensure-chromium.js installs it when it can); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when the browser tests can run here. */
export const chromiumAvailable = (): boolean => fs.existsSync(CHROMIUM_PATH);

/** Screenshots the browser tests leave for a person to look at (ignored by git). */
export const ARTIFACTS_DIR = path.join(__dirname, 'artifacts');

/** Headless, no sandbox (root in CI), and none of Chromium's own background traffic. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile (its own --user-data-dir, removed on close). */
export async function launchChromium(): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-browser-test-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `describe` when Chromium is there; otherwise the block is skipped with one message saying why
 * (under CI=true a missing browser fails instead: CI installs it through `npm test`).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) return describe(name, body);
  if (process.env.CI === 'true') {
    return describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`No Chromium at ${CHROMIUM_PATH}: test/browser/ensure-chromium.js (run by npm test) should have installed it.`);
      });
    });
  }
  console.warn(`Skipping the browser tests "${name}": no Chromium at ${CHROMIUM_PATH} (install Debian's chromium package, or set CHROMIUM_PATH).`);
  describe.skip(name, body);
}
