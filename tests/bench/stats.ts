/** Latency figures of a series of samples (milliseconds). */
export interface Figures {
  n: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarise(samplesMs: number[]): Figures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = samplesMs.reduce((a, b) => a + b, 0);
  return {
    n: samplesMs.length,
    perSecond: total > 0 ? Math.round((samplesMs.length / total) * 1000) : 0,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Runs `op` `times` times (or until `budgetMs` of wall time is spent) and times each run. */
export async function sample(op: () => unknown, times: number, budgetMs = 4_000): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < times && (i < 5 || performance.now() - start < budgetMs); i++) {
    const t0 = performance.now();
    await op();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function printRow(name: string, cells: (string | number)[]): void {
  console.log(name.padEnd(50), ...cells.map((c) => String(c).padStart(9)));
}

export function fmt(ms: number): string {
  return ms.toFixed(ms < 10 ? 3 : 1);
}
