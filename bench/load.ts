import { Pool } from 'undici';
import { percentile } from './bench-report';

/** One request: resolves true when the answer is a good one, false for an error answer; may throw. */
export type Attempt = () => Promise<boolean>;

export interface LoadResult {
  requests: number;
  /** Requests made during the warm-up (not timed). */
  warmupRequests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

/**
 * Closed-loop load: `concurrency` workers each send one request after the other until
 * `durationMs` has passed (after a warm-up of `warmupMs` that is not counted). Latencies are
 * measured around each attempt, in milliseconds.
 */
export async function runLoad(attempt: Attempt, concurrency: number, durationMs: number, warmupMs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let warmupRequests = 0;
  const warmEnd = Date.now() + warmupMs;
  const end = warmEnd + durationMs;
  // Requests that start after the warm-up are timed; throughput is over the span they cover, so a
  // request longer than the whole window (a slow whole-graph query) still gives a true rate.
  let firstStart = Number.POSITIVE_INFINITY;
  let lastEnd = 0;
  const worker = async () => {
    // Every worker makes at least one timed request, however long the warm-up request took.
    let timedHere = 0;
    while (Date.now() < end || timedHere === 0) {
      const startedAt = Date.now();
      const timed = startedAt >= warmEnd;
      const started = process.hrtime.bigint();
      let ok = false;
      try {
        ok = await attempt();
      } catch {
        ok = false;
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (timed) {
        timedHere += 1;
        latencies.push(ms);
        if (!ok) errors += 1;
        firstStart = Math.min(firstStart, startedAt);
        lastEnd = Math.max(lastEnd, Date.now());
      } else {
        warmupRequests += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  const seconds = latencies.length ? Math.max((lastEnd - firstStart) / 1000, 0.001) : 1;
  return {
    requests: latencies.length,
    warmupRequests,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / seconds,
  };
}

/** A keep-alive HTTP client for one origin, with enough connections for the highest concurrency. */
export function httpClient(origin: string, connections: number): Pool {
  return new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
}

/**
 * POSTs a JSON body and judges the answer: HTTP 200 and, for GraphQL, no `errors` in the body.
 * Returns the parsed body too, so a caller can check an answer once.
 */
export async function postJson(pool: Pool, path: string, body: unknown): Promise<{ ok: boolean; body: any }> {
  const response = await pool.request({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.body.text();
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  const ok = response.statusCode === 200 && !(parsed && typeof parsed === 'object' && Array.isArray(parsed.errors) && parsed.errors.length);
  return { ok, body: parsed };
}
