import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../project-root';

/** A running embedded Neo4j; `stop()` shuts it down cleanly and resolves once the JVM has exited. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions {
  /** Database home (store, transaction logs, Neo4j's own logs). Created if missing. */
  dataDir: string;
  /** Loopback Bolt port; 0 picks a free one. */
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  /** How long to wait for the ready line (first start creates the store). */
  startTimeoutMs?: number;
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

/** The command line that runs the launcher (tools/neo4j) for a data folder and Bolt port. */
export function launcherCommand(
  options: Pick<EmbeddedNeo4jOptions, 'dataDir' | 'pageCacheMb' | 'heapMb'>,
  port: number,
): [string, string[]] {
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

/**
 * Starts Neo4j 5 Community in a child JVM (tools/neo4j) with Bolt on 127.0.0.1 and waits for it
 * to accept connections. Throws EmbeddedNeo4jError with the JVM's last output if it exits or does
 * not become ready in time. If this process exits without calling stop(), the child notices its
 * closed stdin and shuts down cleanly by itself.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  ensureLauncherBuilt(log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  log(`Starting embedded Neo4j 5 Community (data in ${options.dataDir}, Bolt on 127.0.0.1:${port})...`);
  const started = Date.now();
  const [command, args] = launcherCommand(options, port);
  // stdin stays open and unwritten: the launcher exits when it closes, i.e. when we do.
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stderr!.on('data', collect);

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not start within ${options.startTimeoutMs ?? 120_000} ms.\n${output}`));
    }, options.startTimeoutMs ?? 120_000);
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
      const locked = /lock|FileLockException|already in use/i.test(output);
      const hint = locked
        ? `Another Neo4j is using ${options.dataDir} or port ${port}; stop it or set NEO4J_DATA_DIR / NEO4J_EMBEDDED_PORT.`
        : 'See the output above.';
      reject(new EmbeddedNeo4jError(`Embedded Neo4j exited with code ${code} before it was ready. ${hint}\n${output}`));
    });
  });
  log(`Embedded Neo4j 5 Community ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${options.dataDir})`);
  // The child must not keep this process alive: if we exit without stop(), its stdin closes and
  // it shuts itself down.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();

  return {
    uri,
    pid: child.pid!,
    stop: () => stopChild(child),
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
