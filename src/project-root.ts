import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The folder holding the project's package.json, found by walking up from this file, so that
 * cypher/, seeds/ and tools/ resolve the same from src/ (tests) and dist/src/ (built).
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
