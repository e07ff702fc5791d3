import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher` (name without extension, e.g. `support-path/find-path-parties`).
 * Files are read once and cached. Throws if the file does not exist: a missing statement is a
 * programming error, found by the first test that runs it.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/**
 * The statements of a file holding several, separated by a `;` at the end of a line (used for
 * schema DDL, which cannot share a transaction with data writes).
 */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}
