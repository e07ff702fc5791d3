import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../src/project-root';

/** `npm run build`, and what `npm start` and the CLI scripts run first: tools/build-if-stale.js. */
const build = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot(), 'tools', 'build-if-stale.js'), ...args], { cwd: projectRoot(), encoding: 'utf8' });

test('a build says what it does and how long it took, in JSON lines like the service; when nothing changed it says nothing and builds nothing', () => {
  const forced = build('--force');
  expect(forced.status).toBe(0);
  const lines = forced.stderr.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toEqual([
    { level: 'info', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), message: 'Compiling the TypeScript (src/, web/) into dist/...' },
    { level: 'info', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), message: expect.stringMatching(/^Compiled in \d+\.\d s\.$/) },
  ]);

  const again = build();
  expect(again.status).toBe(0);
  expect(again.stderr).toBe('');
  expect(again.stdout).toBe('');
}, 300_000);
