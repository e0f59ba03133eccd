import { AppError } from '../../../../shared/domain/errors';
import { parseFingerprint, type Fingerprint } from '../../../../shared/domain/fingerprint';
import type { HandlersOf, ServiceModule } from '../../handler';
import { closeHeadWitnesses } from '../../audit/closeHeads';
import { verifyLedger } from '../../audit/verify';
import { typedWitnesses, type WitnessSource } from '../../audit/witnesses';
import { backupFolders } from '../../backups';
import { backupFolderWitnesses } from '../../backupWitnesses';
import { hqWitnesses } from '../../sync/hqWitness';
import type { ReadCallContext } from '../../context';

export {
  chainHeadOf,
  closeFingerprintOf,
  closeFingerprintsOf,
  recordCloseHead,
  sheetFingerprint,
} from './heads';

function fingerprintsOf(texts: readonly string[]): Fingerprint[] {
  return texts.map((text) => {
    const fingerprint = parseFingerprint(text);
    if (!fingerprint) throw new AppError('FINGERPRINT_INVALID', { text: text.slice(0, 60) });
    return fingerprint;
  });
}

/**
 * The whole ledger verified as the app can: its chain and rows, every row's seal with this
 * installation's key, and every witness the desk can reach — the head files of the backups (in
 * `backups/` and the second folder), the head headquarters last acknowledged holding, the day
 * closes' recorded heads, and the fingerprints typed from printed sheets.
 */
function verifyWithWitnesses(ctx: ReadCallContext, typed: readonly string[]) {
  const fingerprints = fingerprintsOf(typed);
  const sources: WitnessSource[] = [
    ...(ctx.host
      ? [
          ...backupFolders(ctx.host.dataDir, ctx.settings.secondBackupDir).map(backupFolderWitnesses),
          hqWitnesses(ctx.host.dataDir),
        ]
      : []),
    closeHeadWitnesses(ctx.raw),
    typedWitnesses(fingerprints),
  ];
  try {
    return verifyLedger(ctx.raw, {
      seals: ctx.host ? ctx.host.sealKeys() : { unavailable: 'no-desk', where: null },
      witnesses: sources,
    });
  } finally {
    for (const source of sources) source.close?.();
  }
}

export const auditHandlers: HandlersOf<'audit'> = {
  'audit.list': async (input, ctx) => {
    const rows = await ctx.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select([
        'a.id',
        'a.at',
        'a.business_date',
        'a.actor_id',
        'u.name as actor_name',
        'a.countersigned_by',
        'a.channel',
        'a.outcome',
        'a.summary',
      ])
      .$if(input.beforeId !== undefined, (q) => q.where('a.id', '<', input.beforeId!))
      .$if(input.businessDate !== undefined, (q) => q.where('a.business_date', '=', input.businessDate!))
      .$if(input.channelPrefix !== undefined, (q) =>
        q.where('a.channel', 'like', `${input.channelPrefix!.replace(/[%_]/g, '')}%`),
      )
      .orderBy('a.id', 'desc')
      .limit(input.limit + 1)
      .execute();
    return {
      hasMore: rows.length > input.limit,
      entries: rows.slice(0, input.limit).map((r) => ({
        id: r.id,
        at: r.at,
        businessDate: r.business_date,
        actorId: r.actor_id,
        actorName: r.actor_name,
        countersignedBy: r.countersigned_by,
        channel: r.channel,
        outcome: r.outcome,
        summary: r.summary,
      })),
    };
  },

  'audit.verify': (input, ctx) => verifyWithWitnesses(ctx, input.witnesses),
};

export const auditService: ServiceModule<'audit'> = {
  handlers: auditHandlers,
};
