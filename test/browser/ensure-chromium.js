#!/usr/bin/env node
/*
 * Run by `npm test` before jest: the browser tests (test/browser/) drive Debian's headless
 * Chromium. When it is missing and we are root on a machine with apt-get (CI, a fresh Debian
 * box), install it; otherwise say once why the browser tests will be skipped. Never fails the
 * run by itself: test/browser/ decides what a missing browser means (CI=true: a failure).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.log(
    `Browser tests will be skipped: no Chromium at ${chromium}, and installing it needs root and apt-get ` +
      '(install Debian\'s "chromium" package, or set CHROMIUM_PATH).',
  );
  process.exit(0);
}

const apt = (args) =>
  spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    // apt's progress lines are noise in a test log; its errors (stderr) still show.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;
const install = () => apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation']);

console.log('Installing Debian chromium for the browser tests (apt-get, first run only)...');
// A fresh image has empty package lists: update only when the first try fails.
const ok = install() || (apt(['update', '-qq']) && install());
if (!ok || !fs.existsSync(chromium)) {
  console.log(`Browser tests will be skipped: apt-get could not install chromium (${chromium} is still missing).`);
}
