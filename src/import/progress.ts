import { SingleBar } from 'cli-progress';

/** Reports how far a phase of work has come. */
export interface Progress {
  start(phase: string, total: number): void;
  /** `done` rows of the phase so far. */
  update(done: number): void;
  stop(): void;
}

const rate = (done: number, startedAt: number) => Math.round(done / Math.max((Date.now() - startedAt) / 1000, 0.001));

/** `1h 02m`, `3m 05s`, `12s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * A progress bar with rows/s and ETA on a terminal; on anything else (CI, a pipe, a file) one
 * plain line every `intervalMs` and one at the end of each phase.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream, intervalMs);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  let bar: SingleBar | undefined;
  let startedAt = 0;
  return {
    start(phase, total) {
      startedAt = Date.now();
      bar = new SingleBar(
        {
          stream,
          format: `${phase.padEnd(24)} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`,
          etaBuffer: 50,
          hideCursor: true,
        },
      );
      bar.start(total, 0, { rate: 0 });
    },
    update(done) {
      bar?.update(done, { rate: rate(done, startedAt) });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream, intervalMs: number): Progress {
  let phase = '';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let printedAt = 0;
  let printedDone = -1;
  const print = () => {
    printedDone = done;
    const perSecond = rate(done, startedAt);
    const eta = perSecond > 0 ? formatDuration((total - done) / perSecond) : '?';
    const pct = total ? Math.min(100, Math.floor((done * 100) / total)) : 100;
    stream.write(`${phase}: ${done}/${total} rows (${pct}%), ${perSecond} rows/s, ETA ${eta}\n`);
    printedAt = Date.now();
  };
  return {
    start(name, rows) {
      phase = name;
      total = rows;
      done = 0;
      printedDone = -1;
      startedAt = printedAt = Date.now();
    },
    update(rows) {
      done = rows;
      if (Date.now() - printedAt >= intervalMs) print();
    },
    stop() {
      if (printedDone !== done) print();
    },
  };
}
