import { rawReader } from '../../db/access';
import type { Ledger } from '../../db/connection';
import { contract, isChannel, type CallDef } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { businessDateOf } from '../../shared/domain/businessDate';
import { AppError, type Locale } from '../../shared/domain/errors';
import { hasAnyRole } from '../../shared/domain/roles';
import { auditFields } from './audit/callRow';
import { auditSummary, sealAuditRow, unsealedAuditRow, type AuditFields } from './audit/chain';
import { LedgerWriter } from './audit/writer';
import type { Clock } from './clock';
import { assertWritesOpen, enterOpenDate } from './closedDates';
import type { Actor, CallContext, DeskHost } from './context';
import type { AllHandlers } from './handler';
import { verifyCountersign } from './auth/secretChecks';
import { LedgerCache, type ChainTail } from './ledgerCache';
import { lookedOutside, OUTSIDE_THE_LEDGER, questionOf } from './keptAnswers';
import { describeIssues, incidentRef, toAppError } from './refusals';
import { loneSurrogateAt } from './wellFormedText';
import type { DeskSession } from './session';

export interface CallOptions {
  locale?: Locale;
  /** Runs with no signed-in user and no role check: the CLI and the app's own timers. */
  system?: boolean;
}

export interface RouterDeps {
  ledger: Ledger;
  desk: DeskSession;
  clock: Clock;
  handlers: AllHandlers;
  /** Defaults to the app's contract; tests pass their own to exercise the router alone. */
  registry?: Record<string, CallDef>;
  /** What the hosting desk offers services that act on the ledger file itself (backups). */
  host?: DeskHost;
  /**
   * Where unexpected failures are reported (they still answer INTERNAL, nothing saved), with the
   * reference the answer carries in place of the error's text.
   */
  onInternalError?: (channel: string, error: unknown, ref: string) => void;
  /**
   * Told once when the ledger file was found replaced under the router: from then on every call
   * is refused (LEDGER_REPLACED) and nothing more is written to the orphaned file.
   */
  onLedgerReplaced?: (file: string) => void;
}

/**
 * The one entrance to the services, behind every transport: validates input against the
 * contract, checks the desk's user and roles, runs the handler in one transaction, seals the
 * audit row, validates the output, and answers the envelope. Nothing thrown escapes.
 */
export class Router {
  private readonly registry: Record<string, CallDef>;
  private ledger: Ledger;
  /** Settings, chain tail, actor and prepared statements of the current ledger. */
  private cache: LedgerCache;
  /** While set, the ledger is being swapped (a restore): new calls wait for it. */
  private paused: Promise<void> | null = null;
  private inFlight = 0;
  private drained: (() => void)[] = [];
  /** The ledger file that was found replaced, once it was: no call runs on it again. */
  private orphaned: Ledger | null = null;

  constructor(private readonly deps: RouterDeps) {
    this.registry = deps.registry ?? contract;
    this.ledger = deps.ledger;
    this.cache = new LedgerCache(deps.ledger.sqlite);
  }

  /** The ledger calls run against now (it changes only through `exclusive`). */
  get currentLedger(): Ledger {
    return this.ledger;
  }

  /**
   * Runs `work` when no call is in flight, holding new calls until it is done. A backup copies
   * the ledger through its one connection, and a call's transaction opened midway would abandon
   * the copy; so automatic backups and restores wait for a quiet moment, which is short.
   */
  async idle<T>(work: (current: Ledger) => Promise<T>): Promise<T> {
    while (this.paused) await this.paused;
    let release!: () => void;
    this.paused = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
      return await work(this.ledger);
    } finally {
      this.paused = null;
      release();
    }
  }

  /**
   * Swaps the ledger between two calls, then serves calls from the one `swap` returns. Used to
   * restore a backup while the app is running.
   */
  async exclusive(swap: (current: Ledger) => Promise<Ledger>): Promise<void> {
    await this.idle(async (current) => {
      this.cache.forget();
      this.ledger = await swap(current);
      this.cache = new LedgerCache(this.ledger.sqlite);
    });
  }

  /**
   * Drops the answers kept for repeated reads (keptAnswers.ts), so the next read of each question
   * is read from the ledger: for the bench's first-read-after-a-write figures and tests that
   * watch a read's statements.
   */
  forgetKeptAnswers(): void {
    this.cache.answers.clear();
  }

  get channels(): string[] {
    return Object.keys(this.registry);
  }

  definition(channel: string): CallDef | undefined {
    return Object.hasOwn(this.registry, channel) ? this.registry[channel] : undefined;
  }

  async call(channel: string, rawInput: unknown, options: CallOptions = {}): Promise<Envelope> {
    const locale = options.locale ?? 'zh-CN';
    const def = this.definition(channel);
    if (!def || (!this.deps.registry && !isChannel(channel))) {
      return fail(new AppError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 80) }), locale);
    }
    while (this.paused) await this.paused;
    // Work already on its way when the desk closed (a request in flight, a job's report) is
    // refused in words, not met by the closed connection's error.
    if (!this.ledger.sqlite.open) return fail(new AppError('DESK_CLOSED'), locale);
    if (this.replacedUnderUs()) return fail(new AppError('LEDGER_REPLACED'), locale);
    this.inFlight++;
    const after: (() => Promise<void>)[] = [];
    try {
      const data = await this.transact(channel, def, rawInput ?? {}, locale, options.system ?? false, after);
      return { ok: true, data };
    } catch (error) {
      after.length = 0;
      const ref = incidentRef();
      const refusal = toAppError(error, ref);
      if (refusal.code === 'INTERNAL') this.reportInternal(channel, error, ref);
      return fail(refusal, locale);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.drained.splice(0)) resolve();
      // Work a committed call asked for (a restore) starts now, before the answer is delivered,
      // so its gate is closed before any later call can start; it runs once nothing is in flight.
      for (const task of after) {
        void task().catch((e: unknown) => this.reportInternal(channel, e, incidentRef()));
      }
    }
  }

  private reportInternal(channel: string, error: unknown, ref: string): void {
    if (this.deps.onInternalError) this.deps.onInternalError(channel, error, ref);
    else console.error(`${channel} (ref ${ref})`, error);
  }

  /**
   * Whether the ledger's file was replaced or removed by another program since it was opened
   * (a stat of its path per call). Its writes would be lost, its reads stale: the desk stops.
   */
  private replacedUnderUs(): boolean {
    if (this.orphaned === this.ledger) return true;
    if (!this.ledger.replaced()) return false;
    this.orphaned = this.ledger;
    this.deps.onLedgerReplaced?.(this.ledger.file);
    return true;
  }

  private async transact(
    channel: string,
    def: CallDef,
    rawInput: unknown,
    locale: Locale,
    system: boolean,
    after: (() => Promise<void>)[],
  ): Promise<unknown> {
    const { desk, clock } = this.deps;
    const ledger = this.ledger;
    const cache = this.cache;
    return ledger.db.connection().execute(async (db) => {
      // IMMEDIATE takes the write lock up front, so two processes on one ledger queue on the
      // busy timeout instead of failing when a reader tries to become a writer.
      cache.open(def.mutates);
      let writer: LedgerWriter | null = null;
      let ctx: CallContext | null = null;
      let input: unknown = rawInput;
      // Until the call ends, its Kysely handle refuses any statement that could write: a call
      // writes through its ledger writer only, on the raw connection.
      const endReadsOnly = ledger.refuseWrites();
      try {
        const now = clock.now();
        const settings = cache.currentSettings();
        const tail = def.mutates ? cache.chainTail() : { id: 0, hash: '' };
        writer = new LedgerWriter(ledger.sqlite, tail.id + 1, def.mutates);
        ctx = {
          db,
          raw: rawReader(ledger.sqlite),
          now,
          at: now.toISOString(),
          businessDate: businessDateOf(now, settings.dayCutoff),
          settings,
          actor: null,
          countersigner: null,
          writer,
          desk,
          locale,
          staffNames: () =>
            writer!.writes.some(([table]) => table === 'users') ? cache.readStaffNames() : cache.staffNames(),
          remembered: (key, tables, read) =>
            writer!.writes.some(([table]) => tables.includes(table))
              ? read()
              : cache.remembered(key, tables, read),
          host: this.deps.host ?? null,
          afterCall: (task) => void after.push(task),
        };
        // Who is asking comes before what they ask: a caller without the role learns nothing,
        // not even the shape of the input.
        if (!system) ctx.actor = this.admit(cache, def, now, settings.idleLockMinutes);
        const malformed = loneSurrogateAt(rawInput);
        if (malformed !== null) throw new AppError('TEXT_MALFORMED', { field: malformed });
        const parsed = def.input.safeParse(rawInput);
        if (!parsed.success) throw new AppError('INVALID_INPUT', { reason: describeIssues(parsed.error) });
        input = parsed.data;
        await enterOpenDate(ctx, channel, def.mutates, input, cache); // closed dates: see closedDates.ts
        if (def.countersign) {
          const cs = (input as { countersign?: { userId: number; secret: string } }).countersign;
          ctx.countersigner = await verifyCountersign(ctx, cs, def.countersign.roles);
        }
        // The call's audit row goes in before anything the call writes, unsealed, so the rows
        // that name it find it there (db/migrations/0047_audit_row_first.ts); it is sealed at the
        // end. A background poll, which leaves a row only when it wrote, appends one at its end.
        const rowFirst = def.mutates && def.background !== true;
        const summary = def.mutates ? auditSummary(input) : '';
        if (rowFirst)
          cache.appendAudit(unsealedAuditRow(auditFields(ctx, channel, summary, null), tail.hash));
        const handler = this.deps.handlers[channel as keyof AllHandlers] as (
          input: unknown,
          ctx: CallContext,
        ) => unknown;
        const question =
          def.kept === true
            ? questionOf(channel, input, ctx.actor?.id ?? null, locale, ctx.businessDate)
            : null;
        let answer = question === null ? undefined : cache.answers.answer(question);
        if (answer === undefined) {
          const looked = question === null ? null : lookedOutside(ctx, OUTSIDE_THE_LEDGER);
          const result = await handler(input, ctx);
          if (def.mutates) await assertWritesOpen(ctx, cache);
          const output = def.output.safeParse(result);
          if (!output.success) {
            throw new Error(`${channel} answered outside its contract: ${describeIssues(output.error)}`);
          }
          answer = output.data;
          if (question !== null && !looked!()) cache.answers.keep(question, answer);
        }
        // Housekeeping polls (background calls) that found nothing to write are not acts of
        // anyone and leave no audit row; every other mutating call is sealed, even if it wrote
        // no ledger row (a screen lock is still an act).
        const idlePoll = def.background === true && ctx.writer.writes.length === 0;
        const sealed =
          def.mutates && !idlePoll
            ? this.seal(cache, auditFields(ctx, channel, summary, null), tail.hash, rowFirst)
            : null;
        cache.commit(writtenTables(ctx.writer), sealed, ctx.writer);
        if (!def.background && !system && desk.userId !== null) desk.touch(now.getTime());
        return answer;
      } catch (error) {
        // SQLite rolls back by itself on some errors (a full disk); then there is nothing to undo.
        cache.rollback();
        if (error instanceof AppError && error.options.keepWrites && ctx && writer?.survivors.length) {
          // A refusal whose record must stand (a wrong PIN): nothing else the call wrote
          // survives, only the rows marked for it, sealed by an audit row marked refused.
          await this.recordRefusal(cache, ctx, channel, input, error.code, writer.survivors);
        }
        throw error;
      } finally {
        endReadsOnly();
      }
    });
  }

  /** Who may make this call now: resolves the desk's user, applies the idle lock and roles. */
  private admit(cache: LedgerCache, def: CallDef, now: Date, idleLockMinutes: number): Actor | null {
    const { desk } = this.deps;
    const actor = desk.userId === null ? null : cache.actor(desk.userId);
    if (desk.userId !== null && !actor) desk.signOut(); // deactivated while signed in
    if (actor) desk.lockIfIdle(now.getTime(), idleLockMinutes * 60_000);
    if (def.access === 'public') return actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (desk.locked) throw new AppError('SCREEN_LOCKED');
    if (def.access !== 'signedIn' && !hasAnyRole(actor.roles, def.access)) {
      throw new AppError('FORBIDDEN', { roles: def.access.join(', ') });
    }
    return actor;
  }

  private async recordRefusal(
    cache: LedgerCache,
    ctx: CallContext,
    channel: string,
    input: unknown,
    errorCode: string,
    survivors: LedgerWriter['survivors'],
  ): Promise<void> {
    cache.open(true);
    try {
      const tail = cache.chainTail();
      const writer = new LedgerWriter(this.ledger.sqlite, tail.id + 1, true);
      for (const row of survivors) await writer.insert(row.table, row.values);
      const fields = auditFields({ ...ctx, writer }, channel, auditSummary(input), errorCode);
      const sealed = this.seal(cache, fields, tail.hash, false);
      cache.commit(writtenTables(writer), sealed);
    } catch (failure) {
      cache.rollback();
      throw failure;
    }
  }

  /**
   * Seals the call's audit row, chained to the tail — the row appended unsealed when the call
   * began (`rowFirst`), or appended now — and answers the chain's new tail.
   */
  private seal(cache: LedgerCache, fields: AuditFields, prevHash: string, rowFirst: boolean): ChainTail {
    const seal = this.ledger.auditSeal;
    if (!seal) throw new Error('no seal key for this ledger: it was not opened by a desk');
    const row = sealAuditRow(fields, prevHash, seal);
    if (rowFirst) cache.sealAudit(row);
    else cache.appendAudit(row);
    return { id: row.id, hash: row.hash };
  }
}

function writtenTables(writer: LedgerWriter): Set<string> {
  return new Set(writer.writes.map(([table]) => table));
}

function fail(error: AppError, locale: Locale): Envelope {
  return { ok: false, error: error.body(locale) };
}
