import type { ClientBase } from 'pg';
import { ledgerFingerprint } from '../../shared/domain/fingerprint';

/**
 * Each office's chain at HQ and everything HQ refused or could not take, for the HQ page:
 *
 * - chain state: `fork` (since its last accepted delivery, it offered another hash for a seq HQ
 *   holds: it cannot send on), `behind` (it said it ends before HQ's head: restored from an
 *   older backup, or another ledger put in its place), `backlog` (it has more to send),
 *   `current` (it said it ends where HQ's copy ends), `never` (it has not called yet);
 * - alarms: forks, gaps (a batch offered out of order; an office behind HQ's copy; an office
 *   silent for longer than SILENT_AFTER_HOURS), invalid batches, and projections that could not
 *   take an accepted entry in.
 */
export const SILENT_AFTER_HOURS = 24;

export const CHAIN_STATES = ['current', 'backlog', 'behind', 'fork', 'never'] as const;
export type ChainState = (typeof CHAIN_STATES)[number];

export interface OfficeState {
  officeId: string;
  name: string;
  headSeq: number;
  headHash: string;
  fingerprint: string;
  /** The instant of the entry at HQ's head (the office's clock). */
  headAt: string | null;
  lastBusinessDate: string | null;
  lastSyncAt: string | null;
  lastContactAt: string | null;
  reportedTail: number | null;
  backlog: number;
  state: ChainState;
  forks: number;
}

export const ALARM_KINDS = ['fork', 'gap', 'behind', 'silent', 'invalid', 'projection'] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

export interface Alarm {
  kind: AlarmKind;
  officeId: string;
  seq: number | null;
  detail: string;
  firstSeen: string | null;
  lastSeen: string | null;
  times: number;
}

export interface Overview {
  offices: OfficeState[];
  alarms: Alarm[];
}

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : null);

export async function hqOverview(db: ClientBase, now: Date): Promise<Overview> {
  const offices = (
    await db.query<Record<string, unknown>>(`
      SELECT o.*, (SELECT count(*) FROM hq.forks f WHERE f.office_id = o.office_id) AS forks,
             EXISTS (SELECT FROM hq.forks f WHERE f.office_id = o.office_id
                      AND f.last_seen >= coalesce(o.last_sync_at, '-infinity')) AS forked_since_sync,
             (SELECT business_date::text FROM hq.ledger_entries e WHERE e.office_id = o.office_id AND e.seq = o.head_seq)
               AS last_business_date
        FROM hq.offices o ORDER BY o.office_id`)
  ).rows.map((r): OfficeState => {
    const headSeq = Number(r.head_seq);
    const reportedTail = r.reported_tail === null ? null : Number(r.reported_tail);
    const forks = Number(r.forks);
    const state: ChainState =
      r.forked_since_sync === true
        ? 'fork'
        : r.last_contact_at === null
          ? 'never'
          : reportedTail !== null && reportedTail < headSeq
            ? 'behind'
            : reportedTail !== null && reportedTail > headSeq
              ? 'backlog'
              : 'current';
    return {
      officeId: String(r.office_id),
      name: String(r.name),
      headSeq,
      headHash: String(r.head_hash),
      fingerprint: ledgerFingerprint(String(r.head_hash)),
      headAt: iso(r.head_at),
      lastBusinessDate: (r.last_business_date as string | null) ?? null,
      lastSyncAt: iso(r.last_sync_at),
      lastContactAt: iso(r.last_contact_at),
      reportedTail,
      backlog: reportedTail === null ? 0 : Math.max(0, reportedTail - headSeq),
      state,
      forks,
    };
  });

  const alarms: Alarm[] = [];
  for (const f of (await db.query<Record<string, unknown>>('SELECT * FROM hq.forks ORDER BY last_seen DESC'))
    .rows) {
    alarms.push({
      kind: 'fork',
      officeId: String(f.office_id),
      seq: Number(f.seq),
      detail: `HQ ${ledgerFingerprint(String(f.hq_hash))} ≠ ${ledgerFingerprint(String(f.offered_hash))}`,
      firstSeen: iso(f.first_seen),
      lastSeen: iso(f.last_seen),
      times: Number(f.times),
    });
  }
  for (const r of (
    await db.query<Record<string, unknown>>('SELECT * FROM hq.refusals ORDER BY last_seen DESC')
  ).rows) {
    alarms.push({
      kind: r.kind === 'gap' ? 'gap' : 'invalid',
      officeId: String(r.office_id),
      seq: r.seq === null ? null : Number(r.seq),
      detail: String(r.detail),
      firstSeen: iso(r.first_seen),
      lastSeen: iso(r.last_seen),
      times: Number(r.times),
    });
  }
  for (const p of (
    await db.query<Record<string, unknown>>('SELECT * FROM hq.projection_problems ORDER BY at DESC')
  ).rows) {
    alarms.push({
      kind: 'projection',
      officeId: String(p.office_id),
      seq: Number(p.from_seq),
      detail: `#${String(p.from_seq)}–#${String(p.to_seq)}: ${String(p.detail)}`,
      firstSeen: iso(p.at),
      lastSeen: iso(p.at),
      times: 1,
    });
  }
  const silentSince = now.getTime() - SILENT_AFTER_HOURS * 3_600_000;
  for (const o of offices) {
    if (o.state === 'behind') {
      alarms.push({
        kind: 'behind',
        officeId: o.officeId,
        seq: o.reportedTail,
        detail: `#${o.reportedTail} < #${o.headSeq}`,
        firstSeen: null,
        lastSeen: o.lastContactAt,
        times: 1,
      });
    }
    const contact = o.lastContactAt ? Date.parse(o.lastContactAt) : null;
    if (contact === null || contact < silentSince) {
      alarms.push({
        kind: 'silent',
        officeId: o.officeId,
        seq: o.headSeq,
        detail: o.lastContactAt ?? '—',
        firstSeen: null,
        lastSeen: o.lastContactAt,
        times: 1,
      });
    }
  }
  return { offices, alarms };
}
