import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';

/** What a background job works with: the desk it runs on. */
export interface JobHost {
  /** A call by the app itself: no signed-in user and no role check (the router's `system`). */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  dataDir: string;
  now(): Date;
  /** How long the desk has been running, by its clock. */
  upForMs(): number;
  /**
   * How long nobody has done anything at the desk — no sign-in, no call of a person's (the
   * pages' polls are not acts) — or how long it has run, if nobody has yet.
   */
  quietForMs(): number;
  /** A backup taken between calls; a failure is reported by the desk, never thrown. */
  backup(reason: string): Promise<void>;
}

/**
 * Work the app does by itself, declared by the service it belongs to: every `everyMs`, and once
 * right away at start-up, catching up on what fell due while the app was closed.
 */
export interface Job {
  everyMs: number;
  run(host: JobHost): Promise<void>;
}

/** How often the frequent jobs run (expired holds, overdue keys, reminders, missed handovers). */
export const BACKGROUND_JOB_MS = 30_000;

/**
 * Starts the jobs on every host (desktop app, web host). Jobs of one interval run one after
 * another, in the order given, so two of them never write at once; the shortest interval starts
 * first; a group's run never overlaps its own previous one. A job that throws is handed to
 * `onFailure` and the next one runs. Returns the stop, which starts no further job and settles
 * once the jobs already running have finished: a desk closing right after its start must not
 * close its ledger under a job, or back up beside a running backup.
 */
export function startJobs(
  jobs: readonly Job[],
  host: JobHost,
  onFailure: (error: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const byInterval = new Map<number, Job[]>();
  for (const job of jobs) byInterval.set(job.everyMs, [...(byInterval.get(job.everyMs) ?? []), job]);
  const runs = [...byInterval]
    .sort(([a], [b]) => a - b)
    .map(([everyMs, group]) => {
      let busy = false;
      return {
        everyMs,
        run: () => {
          // a run still going when its next falls due (a backup longer than its interval) is not
          // joined by a second one
          if (busy) return;
          busy = true;
          const run = (async () => {
            for (const job of group) {
              if (stopped) return;
              await job.run(host).catch(onFailure);
            }
          })();
          running.add(run);
          void run.finally(() => {
            running.delete(run);
            busy = false;
          });
        },
      };
    });
  for (const { run } of runs) run();
  const timers = runs.map(({ everyMs, run }) => setInterval(run, everyMs));
  for (const timer of timers) timer.unref?.();
  return async () => {
    stopped = true;
    timers.forEach((timer) => clearInterval(timer));
    await Promise.all(running);
  };
}
