import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../project-root';

/** The credentials of the embedded Neo4j's `neo4j` user. */
export interface Neo4jAuth {
  user: string;
  password: string;
}

/**
 * A running, supervised embedded Neo4j. When its JVM exits without `stop()`, the supervisor logs
 * the exit and starts it again on the same data folder and port, with backoff, until it is back;
 * `state` says where it stands. `stop()` shuts it down cleanly, ends the supervision, and resolves
 * once the JVM has exited.
 */
export interface EmbeddedNeo4j {
  uri: string;
  auth: Neo4jAuth;
  /** The pid of the current JVM (it changes on every restart). */
  readonly pid: number;
  /** `up` while the JVM announced readiness and has not exited; `restarting` between an exit and the next ready line. */
  readonly state: 'up' | 'restarting' | 'stopped';
  /** How many times the supervisor restarted the JVM. */
  readonly restarts: number;
  /** Calls `listener` each time the supervisor has the JVM back after a restart (a new JVM: Neo4j's caches start empty). Returns its remover. */
  onRestart(listener: () => void): () => void;
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions {
  /** Database home (store, transaction logs, Neo4j's own logs). Created if missing. */
  dataDir: string;
  /** Loopback Bolt port; 0 picks a free one (kept across restarts). */
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  /** How long to wait for the ready line (first start creates the store). */
  startTimeoutMs?: number;
  /** Restart the JVM when it exits on its own (default true). */
  supervise?: boolean;
  /** First and largest wait before a restart; the wait doubles after each failed attempt. */
  restartBackoffMs?: { initial: number; max: number };
  log?: (line: string) => void;
}

/** Raised when the embedded database cannot be started; the message tells the user what to do. */
export class EmbeddedNeo4jError extends Error {}

const LAUNCHER_DIR = () => path.join(projectRoot(), 'tools', 'neo4j');
const JAR = () => path.join(LAUNCHER_DIR(), 'target', 'embedded-neo4j.jar');
const LIB = () => path.join(LAUNCHER_DIR(), 'target', 'lib');
const READY = /^NEO4J_READY (bolt:\/\/\S+)$/m;
const NO_JAVA_HINT =
  'Either set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to a running Neo4j 5 — `docker compose up neo4j` ' +
  'starts one — or install a JDK 17+ and Maven so the service can start its own embedded Neo4j.';

function has(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', env: process.env });
  return result.status === 0;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds tools/neo4j (the launcher and Neo4j's jars from Maven Central) unless the jar is newer
 * than its sources. Throws EmbeddedNeo4jError when Java or Maven is missing or the build fails.
 */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (!has('java', ['-version'])) throw new EmbeddedNeo4jError(`Java was not found on PATH. ${NO_JAVA_HINT}`);
  const dir = LAUNCHER_DIR();
  const sourcesChanged = () =>
    Math.max(fs.statSync(path.join(dir, 'pom.xml')).mtimeMs, newestMtime(path.join(dir, 'src'))) >
    fs.statSync(JAR()).mtimeMs;
  if (fs.existsSync(JAR()) && fs.existsSync(LIB()) && !sourcesChanged()) return;
  if (!has('mvn', ['-v'])) throw new EmbeddedNeo4jError(`Maven (mvn) was not found on PATH. ${NO_JAVA_HINT}`);
  log('Building the embedded Neo4j launcher with Maven (tools/neo4j); the first build downloads Neo4j 5.26 from Maven Central and takes a minute or more...');
  const started = Date.now();
  // Maven's output is collected, not inherited: every line the service prints stays JSON.
  const build = spawnSync('mvn', ['-q', '-B', '-f', path.join(dir, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim();
  if (build.status !== 0) {
    throw new EmbeddedNeo4jError(`Building tools/neo4j failed (mvn exit ${build.status}). ${NO_JAVA_HINT}${output ? `\n${output.slice(-4000)}` : ''}`);
  }
  log(`Built the embedded Neo4j launcher in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** Where the embedded Neo4j's password is kept: in its data folder, readable by the owner only. */
export const passwordFile = (dataDir: string): string => path.join(dataDir, 'neo4j-password');

/**
 * The password of the data folder's `neo4j` user, and whether the launcher must set it: a new
 * store, or one made before authentication was turned on, has no password file yet, so a random
 * one is generated (written to the file only once the launcher has set it). An existing file is
 * kept at mode 0600.
 */
export function storePassword(dataDir: string): { password: string; isNew: boolean } {
  const file = passwordFile(dataDir);
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    const password = fs.readFileSync(file, 'utf8').trim();
    if (password) return { password, isNew: false };
  }
  return { password: randomBytes(24).toString('base64url'), isNew: true };
}

function savePassword(dataDir: string, password: string): void {
  const file = passwordFile(dataDir);
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

/**
 * The command line and environment that run the launcher (tools/neo4j) for a data folder and Bolt
 * port. The password travels in the environment, not on the command line. `setPassword` makes
 * the launcher set it before Bolt opens.
 */
export function launcherCommand(
  options: Pick<EmbeddedNeo4jOptions, 'dataDir' | 'pageCacheMb' | 'heapMb'>,
  port: number,
  auth: { password: string; setPassword: boolean },
): [string, string[], NodeJS.ProcessEnv] {
  return [
    'java',
    [
      `-Xms${Math.min(256, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-cp',
      `${JAR()}${path.delimiter}${path.join(LIB(), '*')}`,
      'csp.neo4j.Launcher',
      options.dataDir,
      String(port),
      String(options.pageCacheMb),
    ],
    { ...process.env, CSP_NEO4J_PASSWORD: auth.password, CSP_NEO4J_SET_PASSWORD: auth.setPassword ? '1' : '0' },
  ];
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when the JVM's output says another process holds the store or the port. */
const isLockedOutput = (output: string) => /FileLockException|lock file|already in use|Address already in use|BindException/i.test(output);

/** Starts one JVM and resolves with it once it prints its ready line; rejects with EmbeddedNeo4jError otherwise. */
async function launch(options: EmbeddedNeo4jOptions, port: number, auth: { password: string; setPassword: boolean }) {
  const [command, args, env] = launcherCommand(options, port, auth);
  // stdin stays open and unwritten: the launcher exits when it closes, i.e. when we do.
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stderr!.on('data', collect);
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not start within ${timeoutMs} ms.\n${output}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      collect(chunk);
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // An expected condition gets one line; only an unexplained failure shows the JVM's output.
      reject(
        new EmbeddedNeo4jError(
          isLockedOutput(output)
            ? `Another Neo4j is using ${options.dataDir} or port ${port} (is the service running?); stop it or set NEO4J_DATA_DIR / NEO4J_EMBEDDED_PORT.`
            : `Embedded Neo4j exited with code ${code} before it was ready:\n${output}`,
        ),
      );
    });
  });
  // The child must not keep this process alive: if we exit without stop(), its stdin closes and
  // it shuts itself down.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
  return { child, uri, output: () => output };
}

/**
 * Starts Neo4j 5 Community in a child JVM (tools/neo4j) with Bolt on 127.0.0.1 and
 * authentication on (the password is kept in the data folder, see `storePassword`), waits for it
 * to accept connections, and supervises it (see EmbeddedNeo4j). Throws EmbeddedNeo4jError if the
 * first start fails: one line when another process holds the store or port, the JVM's last
 * output otherwise. If this process exits without calling stop(), the child notices its closed
 * stdin and shuts down cleanly by itself.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  ensureLauncherBuilt(log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  const { password, isNew } = storePassword(options.dataDir);
  log(`Starting embedded Neo4j 5 Community (data in ${options.dataDir}, Bolt on 127.0.0.1:${port})...`);
  const started = Date.now();
  const first = await launch(options, port, { password, setPassword: isNew });
  if (isNew) savePassword(options.dataDir, password);
  log(`Embedded Neo4j 5 Community ready at ${first.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${options.dataDir}, pid ${first.child.pid})`);

  const backoff = options.restartBackoffMs ?? { initial: 1_000, max: 30_000 };
  let child = first.child;
  let state: EmbeddedNeo4j['state'] = 'up';
  let restarts = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  const restartListeners = new Set<() => void>();

  const restart = (wait: number) => {
    retryTimer = setTimeout(async () => {
      retryTimer = undefined;
      if (state === 'stopped') return;
      try {
        const next = await launch(options, port, { password, setPassword: false });
        if ((state as EmbeddedNeo4j['state']) === 'stopped') {
          await stopChild(next.child);
          return;
        }
        child = next.child;
        restarts += 1;
        state = 'up';
        log(`Embedded Neo4j is back at ${next.uri} after restart ${restarts} (pid ${child.pid})`);
        watch(child);
        for (const listener of restartListeners) listener();
      } catch (error) {
        const nextWait = Math.min(wait * 2, backoff.max);
        log(`Embedded Neo4j restart failed (${(error as Error).message.split('\n')[0]}); next attempt in ${nextWait} ms`);
        restart(nextWait);
      }
    }, wait);
    retryTimer.unref();
  };
  const watch = (jvm: ChildProcess) => {
    jvm.once('exit', (code, signal) => {
      if (state === 'stopped' || options.supervise === false) {
        if (state !== 'stopped') state = 'restarting';
        return;
      }
      state = 'restarting';
      log(`Embedded Neo4j (pid ${jvm.pid}) exited unexpectedly (${signal ? `signal ${signal}` : `code ${code}`}); restarting in ${backoff.initial} ms`);
      restart(backoff.initial);
    });
  };
  watch(child);

  return {
    uri: first.uri,
    auth: { user: 'neo4j', password },
    get pid() {
      return child.pid!;
    },
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    onRestart(listener) {
      restartListeners.add(listener);
      return () => restartListeners.delete(listener);
    },
    stop: async () => {
      state = 'stopped';
      if (retryTimer) clearTimeout(retryTimer);
      await stopChild(child);
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
