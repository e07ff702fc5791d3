import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSources, ImportFileError } from '../../src/import/import-sources';

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
