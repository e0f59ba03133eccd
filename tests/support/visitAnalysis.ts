import type { Selectable } from 'kysely';
import type { CallsTable, VisitsTable } from '../../db/schema';
import {
  analyseVisits,
  type CallFact,
  type VisitAnalysis,
  type VisitFact,
} from '../../shared/domain/visitAnalysis';
import type { TestDesk } from './desk';

type VisitRow = Selectable<VisitsTable>;
type CallRow = Selectable<CallsTable>;

/**
 * The independent model of 来人来电分析: the plain visit and call rows of the ledger file, each
 * visit with its latest outcome and its consultant's name as it is now, folded one by one by
 * shared/domain/visitAnalysis. The service reads tallies instead; both must agree.
 */
export async function analysisOfRows(desk: TestDesk, from: string, to: string): Promise<VisitAnalysis> {
  const sqlite = desk.ledger.sqlite;
  const names = new Map(
    (sqlite.prepare('SELECT id, name FROM users').all() as { id: number; name: string }[]).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const visits = sqlite
    .prepare(
      `SELECT v.*, (SELECT u.outcome FROM visit_updates u WHERE u.visit_id = v.id AND u.kind = 'outcome'
                    ORDER BY u.id DESC LIMIT 1) AS outcome
       FROM visits v WHERE v.business_date BETWEEN ? AND ? ORDER BY v.id`,
    )
    .all(from, to) as (VisitRow & { outcome: string | null })[];
  const calls = sqlite
    .prepare('SELECT * FROM calls WHERE business_date BETWEEN ? AND ? ORDER BY business_date, id')
    .all(from, to) as CallRow[];
  const settings = await desk.ok('settings.get');
  return analyseVisits({
    from,
    to,
    channels: settings.visitChannels,
    visits: visits.map((v): VisitFact => ({
      arrivedAt: v.arrived_at,
      businessDate: v.business_date,
      returning: v.is_returning === 1,
      channel: v.channel,
      consultantId: v.consultant_id,
      consultantName: names.get(v.consultant_id) ?? '',
      partySize: v.party_size,
      outcome: v.outcome,
    })),
    calls: calls.map((c): CallFact => ({
      at: c.at,
      businessDate: c.business_date,
      returning: c.is_returning === 1,
      channel: c.channel,
      invited: c.invited_for !== null,
    })),
  });
}
