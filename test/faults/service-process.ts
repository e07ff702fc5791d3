import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, passwordFile } from '../../src/graph/embedded-neo4j';
import { projectRoot } from '../../src/project-root';

/** A service started as its own process (the built dist/, as `npm start` runs it), with its embedded Neo4j. */
export interface ServiceProcess {
  url: string;
  boltUri: string;
  dataDir: string;
  child: ChildProcess;
  /** Structured log lines (stderr) so far. */
  logs: Array<Record<string, unknown>>;
  /** The pid of the current embedded JVM, read from the log. */
  jvmPid(): number;
  /** The embedded Neo4j's credentials, read from its data folder. */
  auth(): { user: string; password: string };
  /** SIGTERM, then wait for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Compiles src/ into dist/ when a source is newer than the last build (what `npm start` does). */
export function buildIfStale(): void {
  const result = spawnSync(process.execPath, [path.join(projectRoot(), 'tools', 'build-if-stale.js')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

/** Ports and a fresh data folder for one service. */
export async function serviceEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'csp-faults-')),
    NEO4J_EMBEDDED_HEAP_MB: '384',
    NEO4J_EMBEDDED_PAGECACHE_MB: '32',
    ...extra,
  };
}

/**
 * Starts `command` (default: node dist/src/server.js) with `env` and resolves once it logs its
 * ready line (a JSON log line, on either stream). Rejects with its output if it exits first.
 */
export async function startService(env: Record<string, string>, command: [string, string[]] = [process.execPath, ['dist/src/server.js']]): Promise<ServiceProcess> {
  const { NEO4J_URI: _unused, ...inherited } = process.env;
  const child = spawn(command[0], command[1], { cwd: projectRoot(), env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = '';
  let isReady = false;
  let ready = () => {};
  const sawReady = (text: string) => {
    if (!isReady && /CSP support graph ready at/.test(text)) {
      isReady = true;
      ready();
    }
  };
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    sawReady(stderr);
    let newline: number;
    while ((newline = stderr.indexOf('\n')) !== -1) {
      const line = stderr.slice(0, newline);
      stderr = stderr.slice(newline + 1);
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ message: line });
      }
    }
  });
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    ready = resolve;
    if (isReady) resolve();
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      sawReady(stdout);
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code}:\n${stdout}\n${logs.map((l) => JSON.stringify(l)).join('\n')}`)));
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    boltUri: `bolt://127.0.0.1:${env.NEO4J_EMBEDDED_PORT}`,
    dataDir: env.NEO4J_DATA_DIR,
    child,
    logs,
    jvmPid() {
      const pids = logs.map((l) => /\(.*pid (\d+)\)$/.exec(String(l.message))).filter((m): m is RegExpExecArray => Boolean(m) && !/exited/.test(m![0]));
      return Number(pids[pids.length - 1][1]);
    },
    auth: () => ({ user: 'neo4j', password: fs.readFileSync(passwordFile(env.NEO4J_DATA_DIR), 'utf8').trim() }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One GraphQL request over HTTP: its status, its body, and how long it took. */
export async function graphql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, ms: Date.now() - started };
}
