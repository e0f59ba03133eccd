import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../shared/contract/visits';
import { customerLabel } from './format';

/** Fen to 万元 as written on a slip: 3000000 fen → "3"; 1250000 fen → "1.25". */
function wan(fen: number): string {
  return String(fen / 1_000_000);
}

/**
 * The visit slip (来人条) as it goes on paper: always in Chinese, whatever the screen's language,
 * because the office files it with its other paperwork. The phone is printed as the service
 * returned it — masked for whoever may not see it whole.
 */
export function VisitSlip({
  visit,
  projectName,
  printedAt,
}: {
  visit: VisitView;
  projectName: string;
  printedAt: string;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('zh-CN');
  const at = (instant: string | null) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '');
  const customer = visit.customer;
  const rows: [string, string][] = [
    [t('visits.slip.number'), String(visit.id)],
    [t('visits.slip.businessDate'), visit.businessDate],
    [t('visits.slip.arrivedAt'), at(visit.arrivedAt)],
    [t('visits.slip.customer'), customer.anonymised ? t('visits.today.anonymised') : customer.name],
    [t('visits.slip.phone'), customer.anonymised ? '' : (customer.phone ?? '')],
    [t('visits.today.kind'), visit.returning ? t('visits.today.returning') : t('visits.today.new')],
    [t('visits.walkIn.channel'), visit.channel],
    [t('visits.walkIn.partySize'), String(visit.partySize)],
    [
      t('visits.today.consultant'),
      t('visits.slip.consultantBy', {
        name: visit.consultantName,
        by: t(`visits.chosenBy.${visit.chosenBy}`),
      }),
    ],
    [t('visits.walkIn.layout'), visit.intentLayout ?? ''],
    [t('visits.walkIn.area'), visit.intentAreaSqm === null ? '' : String(visit.intentAreaSqm)],
    [t('visits.walkIn.budget'), visit.intentBudgetFen === null ? '' : wan(visit.intentBudgetFen)],
    [t('visits.today.outcome'), visit.outcome ? t(`visits.outcome.${visit.outcome}`) : ''],
    [t('visits.slip.leftAt'), at(visit.leftAt)],
    [t('visits.slip.recordedBy'), visit.recordedBy],
  ];
  return (
    <article className="visit-slip" lang="zh-CN" aria-labelledby={`visit-slip-${visit.id}`}>
      <header className="visit-slip-head">
        <h2 id={`visit-slip-${visit.id}`}>{t('visits.slip.title', { project: projectName })}</h2>
        <p>{t('visits.slip.subtitle', { label: customerLabel(customer, t('visits.today.anonymised')) })}</p>
      </header>
      <table className="visit-slip-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('visits.walkIn.notes')}</th>
            <td>
              {visit.notes.length > 0 && (
                <ol className="visit-slip-notes">
                  {visit.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ol>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="visit-slip-signatures">
        <span>{t('visits.slip.consultantSignature')}</span>
        <span>{t('visits.slip.deskSignature')}</span>
      </div>
      <footer className="visit-slip-foot">{t('visits.slip.printedAt', { at: printedAt })}</footer>
    </article>
  );
}
