import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { visit } from 'jsonc-parser';
import { csvFileName, ENTITY_SETS, EntitySet, SET_COLUMNS } from '../domain/dataset';

/** One raw row as read, with where it was read from (the line its record starts on). */
export interface SourceRow {
  file: string;
  line: number;
  raw: Record<string, unknown>;
}

/** A file that cannot be imported at all (unknown name, bad header, not JSON): nothing is written. */
export class ImportFileError extends Error {}

/** A file to import: a CSV holds one set (named by the file), a JSON document one array per set. */
export interface ImportSource {
  file: string;
  /** The sets this file has rows for. */
  sets: EntitySet[];
  /** How many rows of `set` it holds (for a CSV, its lines less the header: an estimate if a field spans lines). */
  count(set: EntitySet): Promise<number>;
  rows(set: EntitySet): AsyncIterable<SourceRow>;
  /**
   * Reads every row of `set` once and keeps nothing: throws the ImportFileError that reading
   * `rows(set)` through would throw, if any. Faster than `rows` (no row objects, no positions).
   */
  readThrough(set: EntitySet): Promise<void>;
}

const SET_BY_CSV_NAME = new Map(ENTITY_SETS.map((set) => [csvFileName(set), set]));

/**
 * The files to import from a path: the file itself, or every .csv and .json file in the folder
 * (not its subfolders). Throws ImportFileError for a file whose name or content names no set.
 */
export function openSources(target: string): ImportSource[] {
  const stat = fs.statSync(target);
  const files = stat.isDirectory()
    ? fs
        .readdirSync(target)
        .filter((name) => /\.(csv|json)$/i.test(name))
        .sort()
        .map((name) => path.join(target, name))
    : [target];
  if (!files.length) throw new ImportFileError(`${target}: no .csv or .json file to import`);
  return files.map((file) => (/\.json$/i.test(file) ? jsonSource(file) : csvSource(file)));
}

/**
 * Checks, without any database, what can be checked before an import starts: every file's name,
 * every JSON document's shape and every CSV header (and first record). Throws ImportFileError
 * naming the file and what is wrong, as `runImport` would, only sooner.
 */
export async function checkSources(target: string): Promise<void> {
  for (const source of openSources(target)) {
    for (const set of source.sets) {
      for await (const _row of source.rows(set)) break;
    }
  }
}

function csvSource(file: string): ImportSource {
  const set = SET_BY_CSV_NAME.get(path.basename(file).toLowerCase());
  if (!set) {
    throw new ImportFileError(`${file}: a CSV file is named after its set: ${[...SET_BY_CSV_NAME.keys()].join(', ')}`);
  }
  const { required, optional } = SET_COLUMNS[set];
  const checkHeader = (header: string[]) => {
    const unknown = header.filter((h) => !required.includes(h) && !optional.includes(h));
    const missing = required.filter((c) => !header.includes(c));
    if (unknown.length || missing.length) {
      const parts = [unknown.length && `unknown column(s) ${unknown.join(', ')}`, missing.length && `missing column(s) ${missing.join(', ')}`];
      throw new ImportFileError(`${file}: ${parts.filter(Boolean).join('; ')} (columns of ${set}: ${[...required, ...optional].join(', ')})`);
    }
    return header;
  };
  // One parser configuration for both passes; only `rows` maps records to columns and positions.
  const PARSING = { bom: true, skip_empty_lines: true, relax_column_count: false } as const;
  const source: ImportSource = {
    file,
    sets: [set],
    count: async () => Math.max(0, (await countLines(file)) - 1),
    async *rows() {
      const parser = fs.createReadStream(file).pipe(parse({ ...PARSING, columns: checkHeader, info: true }));
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
          yield { file, line: info.lines, raw: record };
        }
      } catch (error) {
        if (error instanceof ImportFileError) throw error;
        throw new ImportFileError(`${file}: ${(error as Error).message}`);
      }
    },
    // Records as arrays of cells: the same parser finds the same faults (a record of another
    // length than the header is one either way) at about half the cost of `rows`. A fault is then
    // reported as `rows` words it, by reading the file through `rows`.
    async readThrough() {
      try {
        let header = true;
        for await (const record of fs.createReadStream(file).pipe(parse(PARSING)) as AsyncIterable<string[]>) {
          if (header) checkHeader(record);
          header = false;
        }
      } catch (error) {
        for await (const _row of source.rows(set));
        throw error instanceof ImportFileError ? error : new ImportFileError(`${file}: ${(error as Error).message}`);
      }
    },
  };
  return source;
}

/** Counts newlines, reading the file in chunks (a CSV may be far larger than memory should hold). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}

function jsonSource(file: string): ImportSource {
  const text = fs.readFileSync(file, 'utf8');
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ImportFileError(`${file}: the document must be an object with one array per set`);
  const unknown = Object.keys(doc).filter((k) => !k.startsWith('$') && !(ENTITY_SETS as readonly string[]).includes(k));
  if (unknown.length) throw new ImportFileError(`${file}: unknown key(s) ${unknown.join(', ')} (sets: ${ENTITY_SETS.join(', ')})`);
  const sets = ENTITY_SETS.filter((set) => set in doc);
  for (const set of sets) if (!Array.isArray(doc[set])) throw new ImportFileError(`${file}: "${set}" must be an array`);

  // The line each element of a top-level array starts on, for the report of rejected rows.
  const lines = new Map<string, number[]>();
  visit(text, {
    onObjectBegin: (_offset, _length, startLine, _startCharacter, pathSupplier) => {
      const where = pathSupplier();
      if (where.length === 2 && typeof where[0] === 'string' && typeof where[1] === 'number') {
        if (!lines.has(where[0])) lines.set(where[0], []);
        lines.get(where[0])![where[1]] = startLine + 1;
      }
    },
  });
  return {
    file,
    sets,
    count: async (set) => (doc[set] as unknown[]).length,
    // The document was parsed whole when opened: there is nothing left that cannot be read.
    readThrough: async () => {},
    async *rows(set) {
      const rows = doc[set] as unknown[];
      for (let i = 0; i < rows.length; i += 1) {
        const raw = rows[i];
        yield { file, line: lines.get(set)?.[i] ?? 0, raw: raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { $row: raw } };
      }
    },
  };
}
