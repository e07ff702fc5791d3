import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../src/graph/driver';

/** The driver of a baseline process: the store NEO4J_URI names, with the bench's credentials (its authentication is on). */
export function openBaselineDriver(): Promise<Driver> {
  return openDriver(process.env.NEO4J_URI!, { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
}

/**
 * Serves a baseline on 127.0.0.1:$PORT with a bare node:http handler: `GET /stats` answers
 * `stats()`, any other request `answer(path, body)` (its JSON body parsed) as JSON — 404 when it
 * answers undefined, 500 with the error's text when it fails. Prints `ready` once listening, and
 * closes the driver and exits on SIGTERM.
 */
export async function serveBaseline(
  driver: Driver,
  answer: (path: string, body: any) => Promise<unknown> | undefined,
  stats: () => Record<string, unknown>,
): Promise<void> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').slice(1);
      if (path === 'stats') {
        res.end(JSON.stringify({ ...stats(), rssMb: process.memoryUsage().rss / 2 ** 20 }));
        return;
      }
      const answered = answer(path, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      if (!answered) {
        res.statusCode = 404;
        res.end('{}');
        return;
      }
      answered.then(
        (body) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
}
