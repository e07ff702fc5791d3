import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { ConfigError, loadConfig } from '../config';
import { connectGraph } from '../graph/connect';
import { isGraphEmpty } from '../graph/graph-setup';
import { loadMatrix, readDefaultMatrix } from '../graph/seed-loader';
import { EmbeddedNeo4jError } from '../graph/embedded-neo4j';
import { ServiceUnavailableError } from '../errors/domain-errors';
import { checkSources, ImportFileError } from '../import/import-sources';
import { createProgress, formatDuration } from '../import/progress';
import { RejectedRow, runImport } from '../import/run-import';

const USAGE = `Usage: npm run import -- <file-or-folder> [--batch-size N] [--report FILE] [--show N]
  <file-or-folder>  a JSON document (one array per set) or CSV files named after their sets
  --batch-size N    rows per write transaction (default 5000)
  --report FILE     write every rejected row to FILE as CSV (file,line,field,reason)
  --show N          rejected rows printed here (default 50)`;

function printRejections(rejections: RejectedRow[], show: number): void {
  if (!rejections.length) return;
  console.log(`Rejected rows (file:line  field  reason):`);
  for (const r of rejections.slice(0, show)) {
    console.log(`  ${r.file}:${r.line}  ${r.field}  ${r.reason}${r.duringWrite ? ' (found while writing)' : ''}`);
  }
  if (rejections.length > show) console.log(`  … and ${rejections.length - show} more problem(s); --report FILE lists them all`);
}

/**
 * `npm run import -- <file-or-folder>`: validates every row, reports the rejected ones, writes the
 * rest in batches and prints a summary. Exit status: 0 all written, 2 some rows rejected, 1 failure.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string', default: '5000' }, report: { type: 'string' }, show: { type: 'string', default: '50' }, help: { type: 'boolean' } },
  });
  const batchSize = Number(values['batch-size']);
  const show = Number(values.show);
  if (values.help || positionals.length !== 1 || !Number.isInteger(batchSize) || batchSize < 1 || !Number.isInteger(show) || show < 0) {
    console.error(USAGE);
    return 1;
  }
  if (!fs.existsSync(positionals[0])) {
    console.error(`No such file or folder: ${positionals[0]}`);
    return 1;
  }
  // File names, JSON shapes and CSV headers are checked before the database starts (which takes seconds).
  await checkSources(positionals[0]);
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: (line) => console.error(line) });
  try {
    // Paths need a matrix; an import into a new database gets the default one (not the sample graph).
    if (await isGraphEmpty(graph.executor)) await loadMatrix(graph.executor, readDefaultMatrix());
    const summary = await runImport(graph.executor, positionals[0], {
      batchSize,
      callerId: `import:${os.userInfo().username}`,
      progress: createProgress(process.stderr),
    });
    printRejections(summary.rejections, show);
    if (values.report) {
      fs.writeFileSync(values.report, stringify(summary.rejections, { header: true, columns: ['file', 'line', 'field', 'reason', 'duringWrite'] }));
      console.log(`Wrote every rejected row to ${values.report}`);
    }
    const perSecond = Math.round(summary.read / Math.max(summary.seconds, 0.001));
    console.log(
      `Import done in ${formatDuration(summary.seconds)} (${perSecond} rows/s): ${summary.read} rows read, ${summary.written} written ` +
        `(${summary.changed} entities changed), ${summary.rejected} rejected.`,
    );
    return summary.rejected ? 2 : 0;
  } finally {
    await graph.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    // Expected conditions get one line; only the unexpected shows a stack trace.
    if (error instanceof ImportFileError) console.error(`Nothing imported: ${error.message}`);
    else if (error instanceof EmbeddedNeo4jError) console.error(`Nothing imported: cannot start the embedded Neo4j. ${error.message}`);
    else if (error instanceof ServiceUnavailableError || error instanceof ConfigError) console.error(`Nothing imported: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
