import type { SyncStatus } from '../../../../shared/contract/sync';
import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { ledgerFingerprint } from '../../../../shared/domain/fingerprint';
import { checkAcknowledgedHead, readAcknowledgedHead } from '../../sync/acknowledgedHead';
import { startBackgroundSync } from '../../sync/background';
import { findHqConnection } from '../../sync/connection';
import { readLastSync } from '../../sync/lastSync';
import { officeIdOf, recordOfficeId } from './officeIdentity';
import { noteRefusal } from './refusals';

export { newOfficeId, officeIdOf, recordOfficeId, settleOfficeId } from './officeIdentity';

/** How often the desk sends what HQ has not acknowledged yet (when a connection is set up). */
export const HQ_SYNC_EVERY_MS = 60_000;

function dataDirOf(ctx: ReadCallContext): string {
  if (!ctx.host) throw new AppError('INTERNAL', { reason: 'no desk host for the sync' });
  return ctx.host.dataDir;
}

async function status(ctx: ReadCallContext): Promise<SyncStatus> {
  const dataDir = dataDirOf(ctx);
  const officeId = await officeIdOf(ctx.db);
  const lookup = findHqConnection(dataDir);
  const head = readAcknowledgedHead(dataDir);
  const acknowledged = head && head.officeId === officeId ? head : null;
  const last = (
    await ctx.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst()
  )?.id;
  const localSeq = last ?? 0;
  const run = readLastSync(dataDir);
  return {
    officeId,
    configured: lookup.connection !== null,
    connection: lookup.connection?.source ?? null,
    connectionProblem: lookup.problem,
    acknowledged: acknowledged && {
      seq: acknowledged.seq,
      hash: acknowledged.hash,
      fingerprint: ledgerFingerprint(acknowledged.hash),
      at: acknowledged.at,
    },
    witnessProblem: acknowledged ? (checkAcknowledgedHead(ctx.raw, acknowledged)?.problem ?? null) : null,
    localSeq,
    backlog: Math.max(0, localSeq - (acknowledged?.seq ?? 0)),
    lastRun: run && {
      at: run.at,
      state: run.state,
      detail: run.detail,
      sent: run.sent,
      accepted: run.accepted,
    },
  };
}

export const syncHandlers: HandlersOf<'sync'> = {
  'sync.status': (_input, ctx) => status(ctx),
  'sync.setOfficeId': async (input, ctx) => ({ officeId: await recordOfficeId(ctx, input.officeId) }),
  'sync.noteRefusal': async (_input, ctx) => ({
    notified: await noteRefusal(ctx, readLastSync(dataDirOf(ctx))),
  }),
};

export const syncService: ServiceModule<'sync'> = {
  handlers: syncHandlers,
  jobs: [
    {
      everyMs: HQ_SYNC_EVERY_MS,
      // starts a run on its worker and returns: the other jobs never wait on the network. A
      // refusal is told to the administrator and the manager: this run's when it ends, and now
      // one met by an earlier run or by `desk sync`.
      run: (desk) => {
        const note = () => desk.call('sync.noteRefusal', {}).then(() => undefined);
        const { connection } = findHqConnection(desk.dataDir);
        if (connection) void startBackgroundSync(desk.dataDir, connection.url, { now: desk.now }).then(note);
        return note();
      },
    },
  ],
};
