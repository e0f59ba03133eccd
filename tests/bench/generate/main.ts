/**
 * `npx tsx tests/bench/generate/main.ts --years 5 [--data DIR]`: the busy office, generated
 * into the bench cache (or, with --data, a data folder the app can open).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cachedOffice } from './cache';
import { generateOffice } from './index';

const { values } = parseArgs({ options: { years: { type: 'string' }, data: { type: 'string' } } });
const years = Number(values.years ?? 5);
const started = performance.now();
const progress = (done: number, total: number) => {
  if (done % 30 === 0 || done === total) {
    process.stderr.write(`\rday ${done}/${total} (${Math.round((performance.now() - started) / 1000)} s)`);
  }
};
const result = values.data
  ? await generateOffice({ dataDir: path.resolve(values.data), years, onDay: progress })
  : await cachedOffice(years, progress);
process.stderr.write('\n');
console.log(JSON.stringify(result));
