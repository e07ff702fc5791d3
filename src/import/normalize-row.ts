import { BOOLEAN_COLUMNS, EntitySet, LIST_COLUMNS, SET_COLUMNS } from '../domain/dataset';
import type { Problem } from '../domain/problem';
import { findIllFormedText } from '../domain/unicode';

/**
 * A raw CSV record or JSON object as the set's row: empty CSV cells and missing keys become null,
 * CSV `true`/`false` become booleans, and a list column's CSV cell (`PARTNERS;CUSTOMERS`) a list.
 * Fields the set does not have, and text that is not well-formed Unicode (a lone surrogate, which
 * a JSON file can hold as `"\ud800"`), are problems; checking the values is left to the write
 * rules (the same as for mutations).
 */
export function normalizeRow(set: EntitySet, raw: Record<string, unknown>): { row: Record<string, unknown>; problems: Problem[] } {
  const { required, optional } = SET_COLUMNS[set];
  const columns = [...required, ...optional];
  const problems: Problem[] = Object.keys(raw)
    .filter((key) => !columns.includes(key))
    .map((key) => ({ field: key === '$row' ? '(row)' : key, reason: key === '$row' ? 'must be an object' : `is not a field of ${set}` }));
  for (const column of columns) {
    if (findIllFormedText(raw[column])) problems.push({ field: column, reason: 'is not well-formed Unicode (it holds a lone surrogate)' });
  }
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    let value = raw[column];
    if (value === undefined || value === '') value = null;
    if (typeof value === 'string' && BOOLEAN_COLUMNS.has(column) && /^(true|false)$/i.test(value.trim())) value = value.trim().toLowerCase() === 'true';
    if (typeof value === 'string' && LIST_COLUMNS.has(column)) value = value.split(';').map((v) => v.trim()).filter(Boolean);
    row[column] = value;
  }
  return { row, problems };
}
