import { sample, summarise, type Figures } from './stats';
import type { ReadCase } from './reads';

/**
 * Every read, measured in rounds: each round takes a share of every read's samples in turn, so
 * a spell of the shared machine (a neighbour's build, a page-cache flush) falls on all the reads
 * alike instead of on whichever read's block of samples it happened to meet. The same principle
 * as the writes' alternation with the raw write (interleavedWrites). A read the desk refuses is
 * reported with its error code and not sampled.
 */
export async function interleavedReads(
  cases: readonly ReadCase[],
  call: (c: ReadCase) => Promise<{ ok: boolean; error?: { code: string } }>,
  total: number,
  rounds = 10,
): Promise<Record<string, Figures & { error?: string }>> {
  const samples = new Map<string, number[]>();
  const refused = new Map<string, string>();
  for (const c of cases) {
    const first = await call(c);
    if (first.ok) samples.set(c.label, []);
    else refused.set(c.label, first.error?.code ?? 'UNKNOWN');
  }
  const perRound = Math.max(1, Math.ceil(total / rounds));
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const into = samples.get(c.label);
      // a round's share of the 4 s a read may take in all
      if (into) into.push(...(await sample(() => call(c), perRound, 4_000 / rounds)));
    }
  }
  const figures: Record<string, Figures & { error?: string }> = {};
  for (const c of cases) {
    const code = refused.get(c.label);
    figures[c.label] = code ? { ...summarise([]), error: code } : summarise(samples.get(c.label)!);
  }
  return figures;
}
