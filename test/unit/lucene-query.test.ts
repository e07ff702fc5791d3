import { escapeLucene, MAX_SEARCH_WORDS, toNameQuery } from '../../src/schema/search/lucene-query';

describe('escapeLucene', () => {
  test('escapes every character of the Lucene query syntax, and nothing else', () => {
    const special = '\\+-!():^[]"{}~*?|&/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(''));
    expect(escapeLucene("Margie's Travel 42 é")).toBe("Margie's Travel 42 é");
  });

  test('a query written by a user becomes literal text', () => {
    expect(escapeLucene('name:* OR (a && b)')).toBe('name\\:\\* OR \\(a \\&\\& b\\)');
    expect(escapeLucene('C:\\path')).toBe('C\\:\\\\path');
  });
});

describe('toNameQuery', () => {
  test('every word must match whole or as a prefix', () => {
    expect(toNameQuery('Tail')).toBe('(tail OR tail*)');
    expect(toNameQuery('  wide   World ')).toBe('(wide OR wide*) AND (world OR world*)');
  });

  test('operators typed by a user stay words: lowercased and escaped', () => {
    expect(toNameQuery('contoso OR NOT fabrikam')).toBe('(contoso OR contoso*) AND (or OR or*) AND (not OR not*) AND (fabrikam OR fabrikam*)');
    expect(toNameQuery('name:x*')).toBe('(name\\:x OR name\\:x*)');
  });

  test('punctuation at word edges goes, words without a letter or digit are dropped', () => {
    expect(toNameQuery('City Power & Light')).toBe('(city OR city*) AND (power OR power*) AND (light OR light*)');
    expect(toNameQuery("(Margie's)")).toBe("(margie's OR margie's*)");
    expect(toNameQuery('*** && "" -')).toBeNull();
    expect(toNameQuery('')).toBeNull();
  });

  test(`at most ${MAX_SEARCH_WORDS} words count`, () => {
    const query = toNameQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!;
    expect(query.split(' AND ')).toHaveLength(MAX_SEARCH_WORDS);
  });
});
