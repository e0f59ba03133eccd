import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { SIGNING_ROLES } from '../../domain/vocab';
import { dateTime, money } from './format';
import { DepositSection } from './DepositSection';
import { MoneySection } from './MoneySection';
import { SheetTable, short, text, type SheetColumn } from './SheetTable';
import { HandoverSection, HoldKeySection, VisitCallSection } from './DeskSections';
import { CashSection, TicketSection } from './TicketCashSections';
import { PeopleSection } from './PeopleSection';
import { PRINT_CSS } from './printStyles';

/**
 * The printed 日结对账单 (SPEC §8): one A4 document from the same DaySheet data as the .xlsx,
 * ending in the signature lines of the receptionist, the cashier and the manager. Pure: it
 * renders in the app's print preview and, to static HTML, for the CLI's PDF.
 */
export function DaySheetDocument({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const s = sheet.summary;
  const figures: [string, string | number][] = [
    ['visits', s.visits.total],
    ['newVisits', s.visits.new],
    ['returningVisits', s.visits.returning],
    ['people', s.visits.people],
    ['calls', s.calls.total],
    ['invited', s.calls.invited],
    ['requested', s.holds.requested],
    ['approved', s.holds.approved],
    ['deposits', s.holds.deposits],
    ['depositsFen', money(s.depositsFen)],
    ['ticketsSold', s.ticketsSold],
    ['ticketSales', money(s.ticketSalesFen)],
    ['ticketCash', money(s.ticketCashFen)],
    ['toCashier', money(s.handedToCashierFen)],
    ['keysOut', s.keysOut],
    ['handovers', s.handovers],
  ];
  const half = Math.ceil(figures.length / 2);
  const summaryTable = (part: typeof figures) => (
    <table>
      <tbody>
        {part.map(([key, value]) => (
          <tr key={key}>
            <th>{t(`summary.${key}`)}</th>
            <td className="num">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <article className="daysheet-doc" aria-label={t('doc.title')}>
      <style>{PRINT_CSS}</style>
      <h1>
        {sheet.project} {t('doc.title')}
      </h1>
      <div className="meta">
        <span>
          {t('doc.date')}: <strong>{sheet.businessDate}</strong>
        </span>
        <span>
          {t('doc.status')}: <strong>{t(sheet.closed ? 'doc.closed' : 'doc.notClosed')}</strong>
          {sheet.close?.reclosed && sheet.closed && <> · {t('doc.reclosed')}</>}
          {!sheet.closed && sheet.close?.history.at(-1)?.kind === 'reopened' && (
            <> · {t('doc.reopenedOpen')}</>
          )}
        </span>
        <span>
          {t('doc.generated')}: {dateTime(sheet.generatedAt)}
        </span>
      </div>
      <section>
        <h2>{t('sections.summary')}</h2>
        <div className="summary">
          {summaryTable(figures.slice(0, half))}
          {summaryTable(figures.slice(half))}
        </div>
      </section>
      <TicketSection sheet={sheet} />
      <CashSection sheet={sheet} />
      <VisitCallSection sheet={sheet} />
      <HoldKeySection sheet={sheet} />
      <DepositSection sheet={sheet} />
      <MoneySection sheet={sheet} />
      <HandoverSection sheet={sheet} />
      <CloseHistory sheet={sheet} />
      <PeopleSection sheet={sheet} />
      <section>
        <h2>{t('sections.signatures')}</h2>
        <div className="signatures">
          {SIGNING_ROLES.map((role) => (
            <div className="signature" key={role}>
              <div className="line">{sheet.close?.signatures[role] ?? ''}</div>
              <div className="caption">
                <span>{t(`signatures.${role}`)}</span>
                <span>{t('signatures.date')}:</span>
              </div>
            </div>
          ))}
        </div>
        {sheet.fingerprint && (
          <p className="fingerprint">
            {t('fingerprint.label')}: <strong>{sheet.fingerprint.text}</strong> (
            {t(`fingerprint.${sheet.fingerprint.asOf}`)}) — {t('fingerprint.note')}
          </p>
        )}
      </section>
    </article>
  );
}

type CloseEvent = NonNullable<DaySheet['close']>['history'][number];

/** A date closed more than once, or reopened: every close and reopening, with who and why. */
function CloseHistory({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const history = sheet.close?.history ?? [];
  if (history.length < 2) return null;
  const columns: SheetColumn<CloseEvent>[] = [
    short('time', (e) => dateTime(e.at)),
    short('event', (e) => t(`kinds.dayEvent.${e.kind}`)),
    short('by', (e) => e.by),
    text('reason', (e) => e.reason),
  ];
  return (
    <section>
      <h2>{t('sections.history')}</h2>
      <SheetTable columns={columns} rows={history} />
    </section>
  );
}
