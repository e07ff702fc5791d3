/** A UTF-16 surrogate without its partner: text no encoder (UTF-8, URI, Bolt) can carry. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` is well-formed Unicode (every surrogate is part of a pair). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The path (`a.b.0`) of the first string inside `value` (objects, arrays, and object keys too)
 * that is not well-formed Unicode, or null when there is none. `value` is JSON-like input.
 */
export function findIllFormedText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findIllFormedText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormedText(key)) return [...path, '(a key)'];
      const found = findIllFormedText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
