import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvSink, datasetSink, writeJsonDataset } from '../generate/dataset-files';
import { generateDataset } from '../generate/generate-dataset';
import { formatDuration } from '../import/progress';

const USAGE = `Usage: npm run generate -- --customers N [--seed S] [--out DIR] [--format csv|json] [--id-prefix P]
  --customers N   how many customers (subscriptions: about 3 each)
  --seed S        the same seed gives the same data set (default 1)
  --out DIR       where to write (default data/generated/<N>-<S>; data/ is not committed)
  --format        csv: one file per set (default; what large sets need), json: one document
  --id-prefix P   put before every id (default gen-)`;

/** `npm run generate`: writes a synthetic data set in the import format and says how long it took. */
function main(): number {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      'id-prefix': { type: 'string', default: 'gen-' },
      help: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers);
  const seed = Number(values.seed);
  if (values.help || !Number.isInteger(customers) || customers < 1 || !Number.isInteger(seed) || !['csv', 'json'].includes(values.format!)) {
    console.error(USAGE);
    return 1;
  }
  const out = values.out ?? path.join('data', 'generated', `${customers}-${seed}`);
  const started = Date.now();
  const options = { customers, seed, idPrefix: values['id-prefix']! };
  let counts;
  if (values.format === 'json') {
    const { sink, dataset } = datasetSink();
    counts = generateDataset(options, sink);
    writeJsonDataset(path.join(out, 'dataset.json'), dataset);
  } else {
    const files = csvSink(out);
    counts = generateDataset(options, files.sink);
    files.close();
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const bytes = fs.readdirSync(out).reduce((sum, f) => sum + fs.statSync(path.join(out, f)).size, 0);
  console.log(`Wrote ${rows} rows (${Object.entries(counts).map(([set, n]) => `${set} ${n}`).join(', ')}) to ${out} ` +
    `(${(bytes / 1e6).toFixed(1)} MB) in ${formatDuration((Date.now() - started) / 1000)}.`);
  return 0;
}

process.exit(main());
