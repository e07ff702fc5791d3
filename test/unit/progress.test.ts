import { createProgress, formatDuration } from '../../src/import/progress';

test('durations read as a person would say them', () => {
  expect([formatDuration(12.4), formatDuration(185), formatDuration(3720)]).toEqual(['12s', '3m 05s', '1h 02m']);
});

test('off a terminal, progress is plain lines with rows/s and ETA', () => {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (line: string) => lines.push(line) } as unknown as NodeJS.WriteStream;
  const progress = createProgress(stream, 0);
  progress.start('writing', 200);
  progress.update(50);
  progress.update(120);
  progress.stop();
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^writing: 50\/200 rows \(25%\), \d+ rows\/s, ETA \S+\n$/);
  expect(lines[1]).toMatch(/^writing: 120\/200 rows \(60%\)/);
});
