import { launchChromium } from './chromium';
(async () => {
  const b = await launchChromium();
  const page = await b.context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('http://127.0.0.1:4120/graphql');
  await page.waitForSelector('.graphiql-container', { timeout: 60000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: '/work/wt/issue-12/test/browser/artifacts/look-ide.png' });
  await page.goto('http://127.0.0.1:4120/#customer=cust-wideworld&subscription=sub-008&issue=TECHNICAL');
  await page.waitForSelector('.path-drawing', { timeout: 60000 });
  await page.screenshot({ path: '/work/wt/issue-12/test/browser/artifacts/look-explorer.png', fullPage: true });
  console.log(urls.join('\n'));
  await b.close();
})();
