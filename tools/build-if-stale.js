#!/usr/bin/env node
// Compiles the TypeScript (tsconfig.build.json: the service, its CLIs and the bench; web/tsconfig.json:
// the explorer page) only when a source is newer than the last build,
// so `npm start` and the CLI scripts start at once when nothing changed. `--force` always builds.
// Plain JavaScript on purpose: it runs before anything is compiled.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = ['src', 'bench', 'web', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function newest(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted or renamed file changes its folder's mtime
  for (const entry of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

const force = process.argv.includes('--force');
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((name) => newest(path.join(root, name))));
if (!force && built && changed <= built) process.exit(0);

// A first start compiles for a while (half a minute on a busy machine): say so, as a JSON line
// like every line the service writes after it.
const say = (message) => process.stderr.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), message })}\n`);
say(`Compiling the TypeScript (src/, web/) into dist/${force ? '' : built ? ': sources changed since the last build' : ' (first build)'}...`);

// Stamped with the time the build started: a file saved during the build triggers the next one.
const startedAt = new Date();
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
for (const project of ['tsconfig.build.json', path.join('web', 'tsconfig.json')]) {
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, project)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
fs.mkdirSync(path.dirname(stamp), { recursive: true });
fs.writeFileSync(stamp, `${startedAt.toISOString()}\n`);
fs.utimesSync(stamp, startedAt, startedAt);
say(`Compiled in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s.`);
