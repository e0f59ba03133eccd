import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../shared/contract/handover';
import { formatFen } from '../../../shared/domain/money';

/**
 * One handover as the A4 page of the 前台交接日志, always in Chinese (the office's paper record,
 * 000:619), whatever the screen language. A plain component: props in, markup out, no calls, so
 * it prints from the print view and can be rendered on its own for a PDF.
 */
export function HandoverPrint({ handover: h, projectName }: { handover: HandoverView; projectName: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('zh-CN', 'handover');
  const ack = h.acknowledgement;
  const when = (iso: string | null) =>
    iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : t('print.notAcknowledged');
  const none = <p className="handover-print-none">{t('print.none')}</p>;
  const confirmed = (yes: boolean) => (yes ? t('print.confirmed') : t('print.unconfirmed'));
  const tasks = ack ? ack.openTasks.map((x) => x.text) : h.tasks.filter((x) => !x.doneAt).map((x) => x.text);

  return (
    <article className="handover-print" lang="zh-CN" aria-label={t('print.title')}>
      <header>
        <h1>{t('print.title')}</h1>
        <p>
          {t('print.project')}：{projectName} {t('print.number')}：{h.id}
        </p>
      </header>
      <table className="handover-print-head">
        <tbody>
          <tr>
            <th>{t('print.date')}</th>
            <td>{h.businessDate}</td>
            <th>{t('print.shift')}</th>
            <td>{h.shiftName}</td>
          </tr>
          <tr>
            <th>{t('print.from')}</th>
            <td>{h.fromName}</td>
            <th>{t('print.to')}</th>
            <td>{h.toName}</td>
          </tr>
          <tr>
            <th>{t('print.startedAt')}</th>
            <td>{when(h.startedAt)}</td>
            <th>{t('print.acknowledgedAt')}</th>
            <td>{when(h.acknowledgedAt)}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t('print.tasks')}</h2>
      {tasks.length === 0 ? (
        none
      ) : (
        <ol>
          {tasks.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ol>
      )}

      <h2>{t('print.items')}</h2>
      <PrintTable
        headers={[t('print.name'), t('print.declared'), t('print.counted')]}
        rows={
          ack?.items ??
          h.items.map((i) => ({ name: i.name, declared: i.count, counted: null as number | null }))
        }
        rowKey={(i) => i.name}
        cells={(i) => [i.name, i.declared, i.counted ?? '']}
      />

      {ack && (
        <>
          <h2>{t('print.keys')}</h2>
          <PrintTable
            headers={[t('print.name'), t('print.state'), t('print.confirmed')]}
            rows={ack.keys}
            rowKey={(k) => `${k.keyId}-${k.copyNo}`}
            cells={(k) => [
              t('keyLine', { tag: k.tag, name: k.name, copy: k.copyNo }),
              <>
                {t(`keyState.${k.state}`)} {k.state === 'out' ? k.holderName : k.place}
              </>,
              confirmed(k.confirmed),
            ]}
          />

          <h2>{t('print.mail')}</h2>
          {ack.mail.length === 0 ? (
            none
          ) : (
            <PrintTable
              headers={[t('print.recipient'), t('print.kind'), t('print.count'), t('print.confirmed')]}
              rows={ack.mail}
              rowKey={(m) => m.mailId}
              cells={(m) => [m.recipient, t(`mailKind.${m.kind}`), m.count, confirmed(m.confirmed)]}
            />
          )}

          <h2>{t('print.tickets')}</h2>
          <PrintTable
            headers={[t('print.name'), t('print.expected'), t('print.counted')]}
            rows={ack.tickets}
            rowKey={(l) => l.typeId}
            cells={(l) => [l.name, l.expected, l.counted ?? '']}
          />
          <p>
            {t('print.cash')}：
            {t('print.cashLine', {
              expected: formatFen(ack.cash.expectedFen),
              counted: formatFen(ack.cash.countedFen),
              passed: formatFen(ack.cash.passedFen),
            })}
          </p>
        </>
      )}

      <h2>{t('print.differences')}</h2>
      {h.differences.length === 0 ? (
        none
      ) : (
        <ol className="handover-print-differences">
          {h.differences.map((d, i) => (
            <li key={i}>
              {d.label}：{d.expected} → {d.counted}
              {d.note ? `（${d.note}）` : ''}
            </li>
          ))}
        </ol>
      )}
      {h.countsEntered > 1 && (
        // The first count was the blind one; a recount after seeing the figures is on record.
        <p className="handover-print-recounts">{t('print.recounts', { count: h.countsEntered })}</p>
      )}

      <h2>{t('print.notes')}</h2>
      {h.notes || ack?.note ? (
        <p className="handover-print-notes">{[h.notes, ack?.note].filter(Boolean).join('\n')}</p>
      ) : (
        none
      )}

      <footer className="handover-print-signatures">
        <span>
          {t('print.signOut')}：{h.fromName}
        </span>
        <span>
          {t('print.signIn')}：{h.acknowledgedAt ? h.toName : ''}
        </span>
      </footer>
    </article>
  );
}

/** A table of the printed page: a header row, then one row per entry. */
function PrintTable<T>({
  headers,
  rows,
  rowKey,
  cells,
}: {
  headers: string[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  cells: (row: T) => ReactNode[];
}) {
  return (
    <table>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header}>{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {cells(row).map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
