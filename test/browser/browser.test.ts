import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { mintToken } from '../../src/auth/mint-token';
import { Role } from '../../src/auth/roles';
import { projectRoot } from '../../src/project-root';
import { RunningApp, startApp } from '../support/running-app';
import { ARTIFACTS_DIR, Browser, describeInBrowser, launchChromium } from './chromium';

/**
 * The GraphiQL page and the explorer in headless Chromium against the real service and the test
 * Neo4j. Every request a page makes is recorded: none may go anywhere but the service. Screenshots
 * land in test/browser/artifacts/ (ignored by git).
 */
jest.setTimeout(240_000);

const SECRET = 'browser-test-secret-browser-test-secret-0123';

interface Watched {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

async function openPage(browser: Browser): Promise<Watched> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(90_000);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, requests, errors };
}

/** Requests to anything but the service (data: URLs are no request to a host). */
const foreign = (requests: string[], origin: string) => requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS_DIR, name), fullPage: true });

/** The text a GraphiQL editor holds (CodeMirror 5 keeps it on its element; the DOM shows only the visible lines). */
const editorText = (page: Page, selector: string): Promise<string> => page.locator(selector).evaluate((el: any) => el.CodeMirror.getValue());

/** Waits until the result pane shows a complete support path. */
const waitForAnswer = (page: Page) =>
  page.waitForFunction(() => (globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue().includes('"hasGaps"'));

const resultText = (page: Page) => editorText(page, '.result-window .CodeMirror');

describeInBrowser('in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    // The pages load the compiled browser code; `npm run build` makes it, here the test does.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(projectRoot(), 'web', 'tsconfig.json')]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('without authentication', () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startApp();
    });
    afterAll(() => running.stop());

    test('GraphiQL loads from the service alone, shows the schema and the example tabs, and runs the support-path example', async () => {
      const { page, requests, errors } = await openPage(browser);
      await page.goto(`${running.url}/graphql`);
      await page.waitForSelector('.graphiql-container');

      const tabs = await page.locator('.graphiql-tab').allInnerTexts();
      expect(tabs.map((t) => t.trim())).toEqual(['SupportPath', 'CustomerSupportOverview', 'OutageImpact', 'SupportGaps', 'Search']);
      // The schema explorer is open and has read the schema (introspection, from the service).
      await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

      await page.click('.graphiql-execute-button');
      await waitForAnswer(page);
      const answer = JSON.parse(await resultText(page));
      expect(answer.data.supportPath.steps.map((s: any) => s.party.name)).toEqual(['Tailspin IT', 'Adatum Distribution', 'Microsoft']);
      await page.getByText('Tailspin IT').first().waitFor();
      await screenshot(page, 'graphiql.png');

      expect(requests.length).toBeGreaterThan(5);
      expect(foreign(requests, running.url)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the explorer: search a customer, pick a subscription and an issue type, see the path drawn with its gap and contacts', async () => {
      const { page, requests, errors } = await openPage(browser);
      await page.goto(`${running.url}/`);
      await page.fill('#customer-search', 'Wide World');
      await page.press('#customer-search', 'Enter');
      await page.click('button.customer-hit[data-customer-id="cust-wideworld"]');
      await page.waitForSelector('.path-drawing');
      await page.selectOption('#subscription', 'sub-008');
      await page.selectOption('#issue-type', 'TECHNICAL');
      await page.locator('.path-summary', { hasText: 'Proseware Mail Archive' }).filter({ hasText: 'TECHNICAL' }).waitFor();

      // The customer first, then each step's party, in the order the issue travels.
      const boxes = await page.locator('.path-drawing .node').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-party'), n.classList.contains('gap')]));
      expect(boxes).toEqual([
        ['Wide World Importers', false],
        ['Tailspin IT', false],
        ['Adatum Distribution', false],
        ['Proseware Backup', true],
      ]);
      expect(await page.locator('.path-drawing .arrow').count()).toBe(3);
      expect(await page.locator('.path-drawing .node-step .heading').allTextContents()).toEqual(['Partner of record', 'Indirect provider', 'Publisher (ISV)']);
      expect(await page.locator('.path-drawing .node-step .detail').allTextContents()).toEqual(['First contact', 'Shared', 'Responsible']);

      // The gap: outlined in red, named on the box and under the step.
      const gapStroke = await page.locator('.path-drawing .node.gap .box').evaluate((rect: any) => (globalThis as any).getComputedStyle(rect).stroke);
      expect(gapStroke).toBe('rgb(198, 40, 40)');
      expect(await page.locator('.path-drawing .node.gap .gap-label').textContent()).toBe('⚠ no CUSTOMER_SUPPORT');
      expect(await page.locator('.step-card.gap .gap-note').textContent()).toMatch(/no CUSTOMER_SUPPORT contact for Proseware Backup/);

      // Contacts are links.
      expect(await page.locator('.step-card[data-rank="1"] a.contact-email').getAttribute('href')).toBe('mailto:support@tailspin.example');
      expect(await page.locator('.step-card[data-rank="1"] a.contact-phone').getAttribute('href')).toBe('tel:+18005550104');
      expect(await page.locator('.step-card[data-rank="3"] a.contact-email').getAttribute('href')).toBe('mailto:engineering@proseware.example');

      // The clauses behind each step: under it, with the article's words and their translation, and on hover.
      expect(await page.locator('.step-card .clauses-box .clause-id').allTextContents()).toEqual(['PARTNER_ROUTING', 'INDIRECT_MODEL', 'ISV_ROLE', 'INTRO_TECHNICAL']);
      expect(await page.locator('.step-card[data-rank="3"] .clauses-box .translation').first().textContent()).toMatch(/^ISVs provide technical support/);
      expect(await page.locator('.step-card[data-rank="3"] .clauses-box q.quote').first().textContent()).not.toBe('');

      // Hovering a box shows its reason and clauses, and highlights its card.
      expect(await page.locator('.path-drawing .node.gap title').textContent()).toMatch(/^Proseware Backup \(publisher\) owns the answer[^]*\nISV_ROLE: ISVs provide technical support/);
      await page.hover('.path-drawing .node.gap');
      await page.waitForSelector('.step-card[data-rank="3"].highlight');
      await screenshot(page, 'explorer-gap.png');

      // "As of" a day before the sample existed: the service answers that there was no subscription then.
      await page.fill('#as-of', '2000-01-01');
      await page.locator('#as-of').dispatchEvent('change');
      await page.waitForSelector('.status.error');
      expect(await page.locator('#status').textContent()).toMatch(/has no subscription.*\(NOT_FOUND\) — request [0-9a-f-]{36}/);
      expect(await page.locator('.path-drawing').count()).toBe(0);

      expect(foreign(requests, running.url)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('a drawn path is a link: opening it draws the same path (a billing question with three parties)', async () => {
      const { page, requests } = await openPage(browser);
      await page.goto(`${running.url}/#customer=cust-wideworld&subscription=sub-007&issue=BILLING`);
      await page.waitForSelector('.path-drawing .node-step');
      const parties = await page.locator('.path-drawing .node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-party')));
      expect(parties).toEqual(['Wide World Importers', 'Tailspin IT', 'Adatum Distribution', 'Microsoft']);
      expect(await page.locator('.path-drawing .node.gap').count()).toBe(0);
      expect(await page.locator('a.contact-web').first().getAttribute('href')).toMatch(/^https:\/\//);
      await screenshot(page, 'explorer.png');
      expect(foreign(requests, running.url)).toEqual([]);
      await page.close();
    });

    test("the explorer switches between the partner's and the customer's view: the ISV without a line for customers is reached through the partner", async () => {
      const { page, requests, errors } = await openPage(browser);
      await page.goto(`${running.url}/#customer=cust-contoso&subscription=sub-003&issue=TECHNICAL`);
      await page.waitForSelector('.step-card[data-rank="2"] a.contact-email');
      expect(await page.locator('#audience input[value="PARTNERS"]').isChecked()).toBe(true);
      expect(await page.locator('.step-card[data-rank="2"] a.contact-email').allTextContents()).toContain('support@treyresearch.example');
      expect(await page.locator('.path-drawing .through-label').count()).toBe(0);
      // Each box shows its party's whole name (on two lines where it is long).
      const names = await page.locator('.path-drawing .node .party-name').evaluateAll((texts) =>
        texts.map((t) => Array.from(t.querySelectorAll('tspan'), (line: any) => line.textContent).join(' ')),
      );
      expect(names).toEqual(['Contoso Ltd', 'Fabrikam Cloud Services', 'Trey Research Analytics']);

      await page.check('#audience input[value="CUSTOMERS"]');
      await page.waitForSelector('.step-card[data-rank="2"] .reached-through');
      expect(await page.locator('.step-card[data-rank="2"] .reached-through').textContent()).toBe('Reached through step 1.');
      expect(await page.locator('.step-card[data-rank="2"] a.contact-email').count()).toBe(0);
      expect(await page.locator('.path-drawing .node[data-rank="2"] .through-label').textContent()).toBe('↳ through step 1');
      expect(new URL(page.url()).hash).toContain('audience=CUSTOMERS');
      await screenshot(page, 'explorer-customers-view.png');

      expect(foreign(requests, running.url)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('with authentication', () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startApp({ NODE_ENV: 'production', GRAPHQL_IDE: 'true', AUTH_JWT_SECRET: SECRET });
    });
    afterAll(() => running.stop());

    test('GraphiQL opens on the headers editor with Authorization: Bearer …; with a token pasted in, the schema and the example answer', async () => {
      const { page, requests } = await openPage(browser);
      await page.goto(`${running.url}/graphql`);
      await page.waitForSelector('.graphiql-container');
      const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
      await headersEditor.waitFor();
      const prefilled = await headersEditor.evaluate((el: any) => el.CodeMirror.getValue());
      expect(JSON.parse(prefilled)).toEqual({ Authorization: expect.stringMatching(/^Bearer /) });

      const token = await mintToken({ secret: new TextEncoder().encode(SECRET), subject: 'browser-analyst', roles: [Role.ANALYST] });
      await headersEditor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
      // GraphiQL takes up an edited header after a short debounce: re-fetch the schema until it has.
      const rootTypes = page.locator('.graphiql-doc-explorer').getByText('Root Types');
      for (let attempt = 0; attempt < 20 && !(await rootTypes.isVisible()); attempt++) {
        await page.click('[aria-label="Re-fetch GraphQL schema"]');
        await rootTypes.waitFor({ timeout: 3000 }).catch(() => undefined);
      }
      await rootTypes.waitFor();

      await page.click('.graphiql-execute-button');
      await waitForAnswer(page);
      expect(JSON.parse(await resultText(page)).data.supportPath.steps).toHaveLength(3);
      await screenshot(page, 'graphiql-auth.png');
      expect(foreign(requests, running.url)).toEqual([]);
      await page.close();
    });

    test('the explorer asks for a Bearer token and sends it, as any client would, with every request to /graphql', async () => {
      const { page, requests, errors } = await openPage(browser);
      const sent: Array<string | undefined> = [];
      page.on('request', (request) => request.url() === `${running.url}/graphql` && sent.push(request.headers().authorization));
      await page.goto(`${running.url}/`);
      // Without a token the service refuses, and the page says so.
      await page.locator('#status', { hasText: 'UNAUTHENTICATED' }).waitFor();

      const token = await mintToken({ secret: new TextEncoder().encode(SECRET), subject: 'browser-analyst', roles: [Role.ANALYST] });
      await page.fill('#token', token);
      await page.locator('#token').dispatchEvent('change');
      await page.fill('#customer-search', 'Wide World');
      await page.press('#customer-search', 'Enter');
      await page.click('button.customer-hit[data-customer-id="cust-wideworld"]');
      await page.selectOption('#subscription', 'sub-007');
      await page.selectOption('#issue-type', 'BILLING');
      await page.locator('.path-summary', { hasText: 'Litware SIEM' }).filter({ hasText: 'BILLING' }).waitFor();
      const parties = await page.locator('.path-drawing .node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-party')));
      expect(parties).toEqual(['Wide World Importers', 'Tailspin IT', 'Adatum Distribution', 'Microsoft']);

      expect(sent[0]).toBeUndefined();
      const withToken = sent.slice(sent.indexOf(`Bearer ${token}`));
      expect(withToken.length).toBeGreaterThanOrEqual(4);
      expect(withToken.every((header) => header === `Bearer ${token}`)).toBe(true);
      expect(foreign(requests, running.url)).toEqual([]);
      // The only console errors are the browser's notes of the refused requests before the token.
      expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
      await page.close();
    });
  });
});
