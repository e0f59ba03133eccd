import dayjs from 'dayjs';
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
      <table>
        <thead>
          <tr>
            <th>{t('print.name')}</th>
            <th>{t('print.declared')}</th>
            <th>{t('print.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {(ack?.items ?? h.items.map((i) => ({ name: i.name, declared: i.count, counted: null }))).map(
            (i) => (
              <tr key={i.name}>
                <td>{i.name}</td>
                <td>{i.declared}</td>
                <td>{i.counted ?? ''}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>

      {ack && (
        <>
          <h2>{t('print.keys')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('print.name')}</th>
                <th>{t('print.state')}</th>
                <th>{t('print.confirmed')}</th>
              </tr>
            </thead>
            <tbody>
              {ack.keys.map((k) => (
                <tr key={`${k.keyId}-${k.copyNo}`}>
                  <td>{t('keyLine', { tag: k.tag, name: k.name, copy: k.copyNo })}</td>
                  <td>
                    {t(`keyState.${k.state}`)} {k.state === 'out' ? k.holderName : k.place}
                  </td>
                  <td>{k.confirmed ? t('print.confirmed') : t('print.unconfirmed')}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{t('print.mail')}</h2>
          {ack.mail.length === 0 ? (
            none
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('print.recipient')}</th>
                  <th>{t('print.kind')}</th>
                  <th>{t('print.count')}</th>
                  <th>{t('print.confirmed')}</th>
                </tr>
              </thead>
              <tbody>
                {ack.mail.map((m) => (
                  <tr key={m.mailId}>
                    <td>{m.recipient}</td>
                    <td>{t(`mailKind.${m.kind}`)}</td>
                    <td>{m.count}</td>
                    <td>{m.confirmed ? t('print.confirmed') : t('print.unconfirmed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2>{t('print.tickets')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('print.name')}</th>
                <th>{t('print.expected')}</th>
                <th>{t('print.counted')}</th>
              </tr>
            </thead>
            <tbody>
              {ack.tickets.map((l) => (
                <tr key={l.typeId}>
                  <td>{l.name}</td>
                  <td>{l.expected}</td>
                  <td>{l.counted ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
