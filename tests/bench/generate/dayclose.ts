import { DENOMINATIONS_FEN, type Preparation } from '../../../shared/contract/dayclose';
import type { Settings } from '../../../shared/contract/settings';
import { secretOf } from './handovers';
import { DESK_PEOPLE, MANAGER } from './people';
import { OPEN_MINUTES, type LedgerGenerator, type Office } from './office';

const CASHIER = '钱出纳';

/** Fewest notes and coins for an amount (the receptionist counts what she holds exactly). */
function piecesOf(fen: number): Record<string, number> {
  const pieces: Record<string, number> = {};
  let rest = fen;
  for (const d of DENOMINATIONS_FEN) {
    const n = Math.floor(rest / d);
    if (n > 0) pieces[String(d)] = n;
    rest -= n * d;
  }
  if (rest !== 0) throw new Error(`generator: ${fen} fen cannot be counted in pieces`);
  return pieces;
}

/**
 * The day close, every day at 18:00 after every other event (SPEC §8): each receptionist holding
 * ticket cash counts it and hands it to the cashier, then the ticket stock is counted as expected
 * and the date is signed by a receptionist, the cashier and the manager.
 */
export function dayCloseGenerator(): LedgerGenerator {
  return {
    name: 'dayclose',
    day() {
      return [
        {
          minute: OPEN_MINUTES,
          async run(o: Office) {
            const closer = DESK_PEOPLE[0];
            o.actAs(closer);
            const date = o.date;
            const cashier = { userId: o.userId(CASHIER), secret: secretOf(CASHIER) };
            const before = await o.must<Preparation>('dayclose.prepare', { businessDate: date });
            // blind counts withhold the figures from the close: the office reads its own ledgers
            o.actAs(CASHIER);
            const { people } = await o.must<{ people: { userId: number; balanceFen: number }[] }>(
              'cash.balances',
              { businessDate: date },
            );
            const drawer = await o.must<{ typeId: number; onHand: number }[]>('tickets.stock', {});
            o.actAs(closer);
            const holders = before.cashHeld
              .map((h) => ({ ...h, balanceFen: people.find((p) => p.userId === h.userId)?.balanceFen ?? 0 }))
              .filter((h) => h.balanceFen !== 0);
            for (const holder of holders) {
              o.actAs(holder.name);
              await o.must('dayclose.countCash', {
                businessDate: date,
                pieces: piecesOf(holder.balanceFen),
                countersign: cashier,
              });
            }
            o.actAs(closer);
            if (holders.length === 0) {
              await o.must('dayclose.countCash', { businessDate: date, pieces: {}, countersign: cashier });
            }
            // the closing check, a step of the close (000:625, 727)
            const { closingChecklist } = await o.must<Settings>('settings.get', {});
            await o.must('checks.sign', {
              kind: 'closing',
              date,
              items: closingChecklist.map((name) => ({ name, ticked: true })),
              signer: { userId: o.userId(closer), secret: secretOf(closer) },
            });
            // the cashier's statements agree with the ledger's non-cash takings
            const { ledger } = before.takings;
            if (ledger.some((l) => l.ticketsFen !== 0 || l.depositsFen !== 0 || l.refundsFen !== 0)) {
              await o.must('dayclose.confirmTakings', {
                businessDate: date,
                lines: ledger.map((l) => ({ method: l.method, statementFen: l.ledgerFen })),
                countersign: cashier,
              });
            }
            await o.must('dayclose.close', {
              businessDate: date,
              stock: before.stock.map((s) => ({
                typeId: s.typeId,
                counted: drawer.find((d) => d.typeId === s.typeId)?.onHand ?? 0,
              })),
              signatures: {
                receptionist: { userId: o.userId(closer), secret: secretOf(closer) },
                cashier,
                manager: { userId: o.userId(MANAGER), secret: secretOf(MANAGER) },
              },
            });
            o.counts.dayCloses = (o.counts.dayCloses ?? 0) + 1;
          },
        },
      ];
    },
  };
}
