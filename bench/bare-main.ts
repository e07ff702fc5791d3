import { openBaselineDriver, scenarioAnswers, serveBaseline } from './baseline-server';
import { runMain } from './process-main';

/**
 * Baseline (b): a bare node:http handler running the hand-written Cypher of each scenario in one
 * read transaction: POST /<scenario> with the draw as JSON body, answers the records as JSON.
 * What HTTP alone costs on top of the driver.
 */
async function main(): Promise<void> {
  const driver = await openBaselineDriver();
  const answers = scenarioAnswers(driver);
  await serveBaseline(
    driver,
    (name, draw) => answers.answer(name, draw)?.then((records) => ({ data: records })),
    () => ({ statements: answers.statements() }),
  );
}

runMain(main);
