/** What one question to the main process came back with. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: unknown };

/**
 * Asks one question again and again, one call at a time, and only while it may: the timing
 * behind `usePolled` and `useLoaded`, kept apart from React so the rules read in one place.
 *
 * - Never two calls at once: asking during a call makes one more call after it, not a second
 *   call beside it.
 * - Polling waits `ms` after each answer, so it never asks faster than that, however slow the
 *   answers are.
 * - While inactive (screen locked, page hidden, not wanted) nothing is called. Polling resumes
 *   with a call at once; a one-off question asked meanwhile is asked then.
 * - An answer to a question no longer asked (the input changed, or asking stopped while it was
 *   under way) is dropped, so the last person's data never lands on the next person's screen.
 */
export class Asker<T> {
  private ask: (() => Promise<T>) | null = null;
  private active = false;
  private epoch = 0;
  private running: Promise<void> | null = null;
  private wanted = false;
  /** A question came while inactive. */
  private owed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deliver: (outcome: Outcome<T>) => void,
    private ms: number | null = null,
    /** Told when calls start being made and when the last of a run has answered. */
    private readonly onRunning: (running: boolean) => void = () => undefined,
  ) {}

  /**
   * A new question (new input, or the page wants fresh data): asked at once when active, or —
   * with `startLater` — answers to the earlier question are dropped at once and the call is made
   * when `startLater` says (a re-read confirming a write already shown waits for its paint).
   */
  setQuestion(ask: () => Promise<T>, startLater?: (start: () => void) => void): void {
    this.ask = ask;
    this.epoch++;
    if (startLater) startLater(() => void this.request());
    else void this.request();
  }

  setPeriod(ms: number | null): void {
    this.ms = ms;
    this.schedule();
  }

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (!active) {
      clearTimeout(this.timer);
      if (this.running) {
        this.epoch++;
        this.owed = true;
      }
      return;
    }
    if (this.ms !== null || this.owed) void this.request();
  }

  /** Asks now, or after the call under way; resolves once answered (at once when inactive). */
  request(): Promise<void> {
    if (!this.active || !this.ask) {
      this.owed = true;
      return Promise.resolve();
    }
    this.owed = false;
    this.wanted = true;
    this.running ??= this.drain();
    return this.running;
  }

  private async drain(): Promise<void> {
    this.onRunning(true);
    try {
      while (this.wanted && this.active && this.ask) {
        this.wanted = false;
        clearTimeout(this.timer);
        const epoch = this.epoch;
        let outcome: Outcome<T>;
        try {
          outcome = { ok: true, data: await this.ask() };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (epoch === this.epoch) this.deliver(outcome);
      }
    } finally {
      this.running = null;
      this.onRunning(false);
      this.schedule();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.active && this.ms !== null && !this.running)
      this.timer = setTimeout(() => void this.request(), this.ms);
  }
}
