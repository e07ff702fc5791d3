import fs from 'node:fs';
import path from 'node:path';

/**
 * seeds/article-clauses.json is the project's copy of the source article's clause table: every
 * quote must be the article's own words. Checked against the copy of the article kept in the repo
 * (seeds/article/), so the test needs no folder outside the clone.
 */
const REPO_ROOT = path.join(__dirname, '..', '..');
const ARTICLE_FILE = 'csp-commercial-marketplace-support.fr.md';
const REPO_ARTICLE = path.join(REPO_ROOT, 'seeds', 'article', ARTICLE_FILE);
const SHARED_ARTICLE = path.join(REPO_ROOT, '..', 'shared', 'seed', ARTICLE_FILE);

const CLAUSE_IDS = [
  'INTRO_BILLING',
  'INTRO_TECHNICAL',
  'ISV_ROLE',
  'ISV_DIRECT',
  'ISV_ENABLEMENT',
  'PARTNER_ROLE',
  'PARTNER_ROUTING',
  'MICROSOFT_ROLE',
  'MICROSOFT_LIMIT',
  'INDIRECT_MODEL',
  'OFFER_DETAILS',
  'ROLES',
  'PROGRAM_PRACTICE',
];

interface ClauseEntry {
  clause: string;
  quote: string;
  translation: string;
}

const table = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'seeds', 'article-clauses.json'), 'utf8')) as {
  $comment: string;
  clauses: ClauseEntry[];
};
const articleSource = fs.readFileSync(REPO_ARTICLE, 'utf8');

/** The article as a reader sees it: a Markdown link is its text, bold marks go, white space is one space. */
const readerText = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
const article = readerText(articleSource);

/** The verbatim pieces of a quote: split at `[…]` elisions and at the ' — ' that joins list items. */
const piecesOf = (quote: string): string[] =>
  quote
    .split(/\[…\]| — /)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);

test('the table has exactly the ArticleClause ids, in order', () => {
  expect(table.clauses.map((c) => c.clause)).toEqual(CLAUSE_IDS);
  expect(table.$comment.length).toBeGreaterThan(0);
});

test.each(CLAUSE_IDS.filter((id) => id !== 'PROGRAM_PRACTICE'))('%s: every piece of the quote is in the article, word for word', (id) => {
  const entry = table.clauses.find((c) => c.clause === id)!;
  expect(entry.quote).not.toMatch(/[«»]/);
  expect(entry.translation.trim().length).toBeGreaterThan(0);
  const pieces = piecesOf(entry.quote);
  expect(pieces.length).toBeGreaterThan(0);
  for (const piece of pieces) {
    // Each piece is long enough to be a sentence of the article, not a word that happens to occur.
    expect(piece.length).toBeGreaterThan(20);
    expect({ clause: id, piece, inArticle: article.includes(piece) }).toEqual({ clause: id, piece, inArticle: true });
  }
});

test('PROGRAM_PRACTICE quotes nothing: it marks what goes beyond the article', () => {
  const entry = table.clauses.find((c) => c.clause === 'PROGRAM_PRACTICE')!;
  expect(entry.quote).toBe('');
  expect(entry.translation).toMatch(/^Beyond this article/);
});

test('a quote that is not in the article is caught', () => {
  const forged = 'Microsoft est responsable du support technique des produits des éditeurs ISV tiers.';
  expect(piecesOf(forged).every((piece) => article.includes(piece))).toBe(false);
  // Typographic apostrophes are part of the words: an ASCII one does not match.
  const intro = table.clauses.find((c) => c.clause === 'INTRO_TECHNICAL')!.quote;
  expect(article.includes(intro.replace(/’/g, "'"))).toBe(false);
});

test('the repo copy of the article is the shared source, wherever that folder sits beside the clone', () => {
  expect(articleSource).toMatch(/^ms\.date: 11\/20\/2019$/m);
  const shared = fs.existsSync(SHARED_ARTICLE) ? fs.readFileSync(SHARED_ARTICLE, 'utf8') : articleSource;
  expect(shared).toBe(articleSource);
});
