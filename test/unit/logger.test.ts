import type { DestinationStream } from 'pino';
import { runInRequestScope } from '../../src/http/request-scope';
import { createLogger } from '../../src/logger';

function capture() {
  let raw = '';
  const stream: DestinationStream = { write: (chunk: string) => void (raw += chunk) };
  return { stream, lines: () => raw.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

test('a line is one JSON object: level as a word, ISO time, message, details', () => {
  const { stream, lines } = capture();
  createLogger({ stream }).info('ready', { url: 'http://127.0.0.1:4000/' });
  expect(lines()).toEqual([{ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), url: 'http://127.0.0.1:4000/', message: 'ready' }]);
});

test("inside a request every line carries the request's id, outside none does", async () => {
  const { stream, lines } = capture();
  const logger = createLogger({ stream });
  await runInRequestScope({ requestId: 'req-42' }, async () => {
    await new Promise((resolve) => setImmediate(resolve));
    logger.error('unexpected error', { errorId: 'e-1' });
  });
  logger.info('outside');
  expect(lines().map((l) => [l.message, l.requestId])).toEqual([
    ['unexpected error', 'req-42'],
    ['outside', undefined],
  ]);
});

test('a detail named like a token or an authorization header is written redacted', () => {
  const { stream, lines } = capture();
  createLogger({ stream }).info('oops', { token: 'secret-1', headers: { authorization: 'Bearer secret-2' } });
  expect(JSON.stringify(lines())).not.toMatch(/secret-/);
});

test('below the level, nothing is written', () => {
  const { stream, lines } = capture();
  createLogger({ stream, level: 'warn' }).info('quiet');
  expect(lines()).toEqual([]);
});
