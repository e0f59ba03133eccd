import { addDays } from '../../shared/domain/businessDate';
import type { Locale } from '../../shared/domain/locale';
import { formatFen } from '../../shared/domain/money';
import type { GroupDaySheet, SheetFigures } from '../reports/groupDaySheet';
import type { Overview } from '../reports/overview';
import { ALARM_WORDS, CHAIN_STATE_WORDS, wordsFor } from './words';

/**
 * The HQ page, rendered on the server as plain HTML: no script at all, so the page can do
 * nothing but show (the server answers GET only, and reads in read-only transactions).
 */
export interface PageData {
  date: string;
  today: string;
  generatedAt: string;
  sheet: GroupDaySheet;
  overview: Overview;
  locale: Locale;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const h = escapeHtml;

function when(iso: string | null, never: string): string {
  if (!iso) return never;
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function link(date: string, locale: Locale): string {
  return `?date=${date}&amp;lang=${locale === 'en' ? 'en' : 'zh-CN'}`;
}

function figureCells(f: SheetFigures): string {
  const cells = [
    f.visits.total,
    f.visits.new,
    f.visits.returning,
    f.visits.people,
    f.calls.total,
    f.calls.new,
    f.calls.returning,
    f.calls.invited,
    f.holds.requested,
    f.holds.approved,
    f.holds.deposits,
    f.holds.released,
    f.holds.signed,
    formatFen(f.depositsFen),
    f.ticketsSold,
    formatFen(f.ticketSalesFen),
    formatFen(f.ticketCashFen),
    formatFen(f.handedToCashierFen),
    f.keysOut,
    f.handovers,
  ];
  return cells.map((c) => `<td class="n">${h(String(c))}</td>`).join('');
}

export function renderPage(data: PageData): string {
  const w = wordsFor(data.locale);
  const { locale, sheet, overview } = data;
  const names = new Map(overview.offices.map((o) => [o.officeId, o.name]));
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';

  const alarms =
    overview.alarms.length === 0
      ? `<p class="ok">${h(w.noAlarms)}</p>`
      : `<table><thead><tr><th>${h(w.alarmKind)}</th><th>${h(w.office)}</th><th>${h(w.seq)}</th><th>${h(w.detail)}</th><th>${h(w.firstSeen)}</th><th>${h(w.lastSeen)}</th><th>${h(w.times)}</th></tr></thead><tbody>${overview.alarms
          .map(
            (a) =>
              `<tr class="alarm ${a.kind}"><td>${h(ALARM_WORDS[a.kind][locale])}</td><td>${h(names.get(a.officeId) ?? a.officeId)} <code>${h(a.officeId)}</code></td><td class="n">${a.seq === null ? '' : `#${a.seq}`}</td><td>${h(a.detail)}</td><td>${h(when(a.firstSeen, ''))}</td><td>${h(when(a.lastSeen, ''))}</td><td class="n">${a.times}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const offices =
    overview.offices.length === 0
      ? `<p>${h(w.noOffices)}</p>`
      : `<table><thead><tr><th>${h(w.office)}</th><th>${h(w.officeId)}</th><th>${h(w.lastSync)}</th><th>${h(w.lastContact)}</th><th>${h(w.headSeq)}</th><th>${h(w.fingerprint)}</th><th>${h(w.lastBusinessDate)}</th><th>${h(w.reportedTail)}</th><th>${h(w.backlog)}</th><th>${h(w.chainState)}</th></tr></thead><tbody>${overview.offices
          .map(
            (o) =>
              `<tr class="state ${o.state}"><td>${h(o.name)}</td><td><code>${h(o.officeId)}</code></td><td>${h(when(o.lastSyncAt, w.never))}</td><td>${h(when(o.lastContactAt, w.never))}</td><td class="n">#${o.headSeq}</td><td><code>${h(o.fingerprint)}</code></td><td>${h(o.lastBusinessDate ?? '')}</td><td class="n">${o.reportedTail === null ? '' : `#${o.reportedTail}`}</td><td class="n">${o.backlog}</td><td>${h(CHAIN_STATE_WORDS[o.state][locale])}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const header = `<tr><th rowspan="2">${h(w.office)}</th><th colspan="4">${h(w.visits)}</th><th colspan="4">${h(w.calls)}</th><th colspan="6">${h(w.holds)}</th><th colspan="3">${h(w.tickets)}</th><th>${h(w.cash)}</th><th colspan="2">${h(w.keysHandovers)}</th><th rowspan="2">${h(w.close)}</th></tr>
<tr>${[
    w.vTotal,
    w.vNew,
    w.vReturning,
    w.vPeople,
    w.vTotal,
    w.vNew,
    w.vReturning,
    w.cInvited,
    w.hRequested,
    w.hApproved,
    w.hDeposits,
    w.hReleased,
    w.hSigned,
    w.depositsFen,
    w.ticketsSold,
    w.ticketSalesFen,
    w.ticketCashFen,
    w.handedToCashierFen,
    w.keysOut,
    w.handoversCount,
  ]
    .map((t) => `<th>${h(t)}</th>`)
    .join('')}</tr>`;
  const rows = sheet.offices
    .map((o) => {
      const signers = Object.values(o.signers).filter((s): s is string => s !== null);
      const close = o.closed
        ? `${h(w.closed)}${signers.length ? ` · ${h(w.signedBy)} ${h(signers.join('、'))}` : ''}`
        : h(w.open);
      const note = o.complete
        ? ''
        : `<br><small>${h(w.provisional.replace('{seq}', String(o.headSeq)))}</small>`;
      return `<tr data-office="${h(o.officeId)}"><th scope="row">${h(o.name)}<br><small>${h(o.project ?? '')}</small></th>${figureCells(o.figures)}<td>${close}${note}</td></tr>`;
    })
    .join('');
  const totals = `<tr class="totals"><th scope="row">${h(w.total)}</th>${figureCells(sheet.totals)}<td></td></tr>`;

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="60">
<title>${h(w.title)} · ${h(data.date)}</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 1.5rem; color: #1f1f1f; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
nav a { margin-right: 1rem; } table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #d9d9d9; padding: .25rem .5rem; vertical-align: top; } thead th { background: #fafafa; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } tr.totals { font-weight: bold; background: #f6ffed; }
tr.alarm.fork, tr.alarm.invalid, tr.state.fork, tr.state.behind { background: #fff1f0; }
tr.alarm.gap, tr.alarm.behind, tr.alarm.silent, tr.alarm.projection { background: #fffbe6; } p.ok { color: #389e0d; }
code { font-size: .8rem; }
</style>
</head>
<body>
<h1>${h(w.title)}</h1>
<nav><span>${h(w.businessDate)} <strong>${h(data.date)}</strong></span>
<a href="${link(addDays(data.date, -1), locale)}">${h(w.previousDay)}</a><a href="${link(data.today, locale)}">${h(w.today)}</a><a href="${link(addDays(data.date, 1), locale)}">${h(w.nextDay)}</a>
<a href="${link(data.date, other)}" lang="${other}">${h(w.otherLanguage)}</a>
<small>${h(w.generatedAt)} ${h(when(data.generatedAt, ''))}</small></nav>
<h2 id="alarms">${h(w.alarms)}</h2>
${alarms}
<h2 id="offices">${h(w.offices)}</h2>
${offices}
<h2 id="group-sheet">${h(w.groupSheet)} · ${h(data.date)}</h2>
<table><thead>${header}</thead><tbody>${rows}${totals}</tbody></table>
</body>
</html>
`;
}
