import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

const cache = new Map<string, string>();
const fragments = new Map<string, Fragment>();

/** A shared predicate or projection of cypher/fragments/, declared `// @fragment name(param, …)`. */
interface Fragment {
  name: string;
  params: string[];
  body: string;
}

const CYPHER_DIR = () => path.join(projectRoot(), 'cypher');
const FRAGMENT_DIR = () => path.join(CYPHER_DIR(), 'fragments');
/** `@name(arg, …)`: a fragment call; arguments are identifiers (variable names, labels), nothing else. */
const CALL = /@([a-z][a-z0-9-]*)\(\s*([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)?\s*\)/g;
const HEADER = /^\/\/\s*@fragment\s+([a-z][a-z0-9-]*)\(\s*([^)]*)\)\s*$/m;
const MAX_DEPTH = 8;

/**
 * The text of `cypher/<name>.cypher` (name without extension, e.g. `support-path/find-path-parties`)
 * with every fragment call expanded. Expansion works on the project's constant files only: the
 * arguments of a call are variable names or labels written in the file, never values, and values always
 * travel as parameters. Files are read once and cached. Throws if the file or a fragment it calls
 * does not exist, or a call has the wrong number of arguments: a programming error, found by the
 * first test that loads the file (test/unit/cypher-fragments.test.ts loads them all).
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expand(fs.readFileSync(path.join(CYPHER_DIR(), `${name}.cypher`), 'utf8').trim(), name, 0);
    cache.set(name, text);
  }
  return text;
}

/**
 * The statement of one entity kind in `dir`, where each kind has its own (`SupportContact` →
 * `<dir>/support-contact`): what a caller that knows the kind runs instead of the kinds' union.
 */
export function kindStatement(dir: string, kind: string): string {
  return `${dir}/${kind.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()}`;
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

/** Every statement file under cypher/ except the fragments, by name (as `cypher()` takes it), sorted. */
export function cypherFileNames(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== FRAGMENT_DIR()) walk(full);
      } else if (entry.name.endsWith('.cypher')) {
        names.push(path.relative(CYPHER_DIR(), full).replace(/\\/g, '/').replace(/\.cypher$/, ''));
      }
    }
  };
  walk(CYPHER_DIR());
  return names.sort();
}

function expand(text: string, where: string, depth: number): string {
  if (depth > MAX_DEPTH) throw new Error(`cypher/${where}: fragments nest deeper than ${MAX_DEPTH} (a cycle?)`);
  return text.replace(CALL, (_call, name: string, rawArgs: string | undefined) => {
    const fragment = loadFragment(name, where);
    const args = rawArgs ? rawArgs.split(',').map((a) => a.trim()) : [];
    if (args.length !== fragment.params.length) {
      throw new Error(`cypher/${where}: @${name} takes ${fragment.params.length} argument(s) (${fragment.params.join(', ')}), got ${args.length}`);
    }
    const body = fragment.params.reduce((acc, param, i) => acc.split(`{${param}}`).join(args[i]), fragment.body);
    return expand(body, `fragments/${name}`, depth + 1);
  });
}

function loadFragment(name: string, calledFrom: string): Fragment {
  let fragment = fragments.get(name);
  if (!fragment) {
    const file = path.join(FRAGMENT_DIR(), `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`cypher/${calledFrom}: unknown fragment @${name} (no cypher/fragments/${name}.cypher)`);
    const source = fs.readFileSync(file, 'utf8');
    const header = HEADER.exec(source);
    if (!header || header[1] !== name) throw new Error(`cypher/fragments/${name}.cypher must declare \`// @fragment ${name}(…)\``);
    const params = header[2].split(',').map((p) => p.trim()).filter(Boolean);
    // Comments stay in the file for readers; the expansion is the body alone, on one line, so a
    // call can sit inside a pattern or a WHERE clause.
    const body = source
      .split('\n')
      .filter((line) => !/^\s*\/\//.test(line))
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    fragment = { name, params, body };
    fragments.set(name, fragment);
  }
  return fragment;
}
