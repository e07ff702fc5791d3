import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSources, ImportFileError, openSources } from '../../src/import/import-sources';

// What the import CLI checks before it starts the database: no database is needed here.
const folder = (files: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-check-sources-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const check = (files: Record<string, string>) => {
  const dir = folder(files);
  dirs.push(dir);
  return checkSources(dir);
};

test('a CSV header with a missing column is found without reading further', async () => {
  await expect(check({ 'customers.csv': 'id,name\nc1,C\n', 'partners.csv': 'id,name\np1,P\n' })).rejects.toThrow(
    /partners\.csv: missing column\(s\) kind/,
  );
});

test('a file named after no set, and a JSON document with an unknown set, are found', async () => {
  await expect(check({ 'clients.csv': 'id,name\n' })).rejects.toThrow(ImportFileError);
  await expect(check({ 'data.json': '{"clients": []}' })).rejects.toThrow(/unknown key\(s\) clients/);
});

test('good files pass, header-only files too', async () => {
  await expect(check({ 'customers.csv': 'id,name\nc1,C\n', 'partners.csv': 'id,name,kind\n', 'data.json': '{"offers": []}' })).resolves.toBeUndefined();
});

describe("a CSV's read-through finds what reading its rows finds, worded the same", () => {
  const read = async (text: string, how: 'rows' | 'readThrough') => {
    const dir = folder({ 'customers.csv': text });
    dirs.push(dir);
    const [source] = openSources(dir);
    try {
      if (how === 'rows') for await (const _row of source.rows('customers'));
      else await source.readThrough('customers');
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      return (error as Error).message.replace(dir, '<dir>');
    }
  };
  test.each([
    ['a header with an unknown column', 'id,name,tier\nc1,C,gold\n'],
    ['a record with a cell too many', 'id,name\nc1,C\nc2,D,extra\n'],
    ['a record with a cell too few', 'id,name\nc1,C\nc2\n'],
    ['a quote never closed', 'id,name\nc1,"C\nc2,D\n'],
    ['text after a closing quote', 'id,name\nc1,"C"x\n'],
    ['a byte-order mark and a field over two lines', '\ufeffid,name\nc1,"C\nD"\n\nc2,E\n'],
    ['a header alone', 'id,name\n'],
  ])('%s', async (_what, text) => {
    const byRows = await read(text, 'rows');
    expect(await read(text, 'readThrough')).toBe(byRows);
  });

  test('the faults above are faults', async () => {
    await expect(read('id,name\nc1,C\nc2\n', 'readThrough')).resolves.toMatch(/customers\.csv: Invalid Record Length: columns length is 2, got 1 on line 3/);
    await expect(read('id,name,tier\n', 'readThrough')).resolves.toMatch(/unknown column\(s\) tier/);
  });
});
