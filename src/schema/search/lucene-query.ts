/** Every character Lucene's classic query syntax gives a meaning to (as QueryParser.escape lists them). */
const LUCENE_SPECIAL = /[\\+\-!():^[\]"{}~*?|&/]/g;

/** `text` with each Lucene special character escaped by a backslash, so that it matches literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** At most this many words of a search box count. */
export const MAX_SEARCH_WORDS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The full-text query for what a user typed in a search box: every word must match a word of the
 * name, whole or as its beginning (whole words score higher). Words are lowercased (so AND, OR and
 * NOT stay plain words), lose the punctuation at their edges and are escaped; a word with no
 * letter or digit is dropped. Null when no word is left.
 */
export function toNameQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => WORD_CHAR.test(word))
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return words.map((word) => `(${escapeLucene(word)} OR ${escapeLucene(word)}*)`).join(' AND ');
}
