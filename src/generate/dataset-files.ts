import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { csvFileName, Dataset, emptyDataset, ENTITY_SETS, EntitySet, SET_COLUMNS } from '../domain/dataset';
import type { RowSink } from './generate-dataset';

/**
 * Booleans as the importer reads them (csv-stringify writes `1` and an empty cell by default);
 * a list (a contact's audience) as one `;`-separated cell.
 */
const CSV_OPTIONS = {
  cast: {
    boolean: (value: boolean) => String(value),
    object: (value: object) => (Array.isArray(value) ? value.join(';') : JSON.stringify(value)),
  },
};

/** A sink writing each set to `<dir>/<set>.csv` (headers as the importer reads them); call `close` at the end. */
export function csvSink(dir: string): { sink: RowSink; close(): void } {
  fs.mkdirSync(dir, { recursive: true });
  const files = new Map<EntitySet, { fd: number; columns: string[]; buffer: string[]; size: number }>();
  const flush = (f: { fd: number; buffer: string[]; size: number }) => {
    fs.writeSync(f.fd, f.buffer.join(''));
    f.buffer = [];
    f.size = 0;
  };
  const open = (set: EntitySet) => {
    const columns = [...SET_COLUMNS[set].required, ...SET_COLUMNS[set].optional];
    const file = { fd: fs.openSync(path.join(dir, csvFileName(set)), 'w'), columns, buffer: [stringify([columns])], size: 0 };
    files.set(set, file);
    return file;
  };
  for (const set of ENTITY_SETS) open(set);
  return {
    sink: (set, row) => {
      const f = files.get(set)!;
      const line = stringify([f.columns.map((c) => (row as unknown as Record<string, unknown>)[c] ?? '')], CSV_OPTIONS);
      f.buffer.push(line);
      f.size += line.length;
      if (f.size > 1 << 20) flush(f);
    },
    close: () => {
      for (const f of files.values()) {
        flush(f);
        fs.closeSync(f.fd);
      }
    },
  };
}

/** A sink collecting rows into one data set (the JSON import document). */
export function datasetSink(): { sink: RowSink; dataset: Dataset } {
  const dataset = emptyDataset();
  return { dataset, sink: (set, row) => void (dataset[set] as unknown[]).push(row) };
}

/** Writes a data set as the JSON import document, one row per line (readable line numbers in reports). */
export function writeJsonDataset(file: string, dataset: Dataset): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sets = ENTITY_SETS.map((set) => `  "${set}": [\n${dataset[set].map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]`);
  fs.writeFileSync(file, `{\n${sets.join(',\n')}\n}\n`);
}
