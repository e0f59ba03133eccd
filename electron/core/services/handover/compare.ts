import type { AckSnapshot, HandoverSummary } from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import {
  KEY_STATE_LABELS,
  labelsIn,
  MAIL_KIND_LABELS,
  type HandoverSection,
} from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { latestVersion, refuseNegative, type ItemCount } from './records';
import { deskSnapshot, type DeskFigures } from './snapshot';

/** What the incoming person counted and answered (the review's input, the acknowledgement's part). */
export interface CountsInput {
  handoverId: number;
  items: { name: string; counted: number }[];
  keys: { keyId: number; copyNo: number; confirmed: boolean }[];
  mail: { mailId: number; confirmed: boolean }[];
  tickets: { typeId: number; counted: number; explanation?: string }[];
  cash: { countedFen: number; explanation?: string };
}

export interface Difference {
  section: HandoverSection;
  label: string;
  expected: string;
  counted: string;
  note: string | null;
  /** A ticket or cash variance: the ticket ledger wants its reason (帐实相符). */
  needsExplanation: boolean;
  typeId: number | null;
}

/** The count set against the ledgers as they stand at this instant. */
export interface Comparison {
  snap: DeskFigures;
  items: AckSnapshot['items'];
  keys: AckSnapshot['keys'];
  mail: AckSnapshot['mail'];
  tickets: AckSnapshot['tickets'];
  differences: Difference[];
}

/** The written record is Chinese whatever the screen language, like the paper 前台交接日志 (000:623). */
const KEY_STATE = labelsIn(KEY_STATE_LABELS, 'zh-CN');
const MAIL_KIND = labelsIn(MAIL_KIND_LABELS, 'zh-CN');
const MISSING = '缺失';

export const keyLabel = (k: { tag: string; name: string; copyNo: number }) =>
  `${k.tag} ${k.name} 第${k.copyNo}把`;
const mailLabel = (m: { recipient: string; kind: keyof typeof MAIL_KIND }) =>
  `${m.recipient} ${MAIL_KIND[m.kind]}`;

/**
 * Compares what the incoming person counted and answered with what the ledgers hold now (re-read
 * here, not what a form showed earlier). Nothing may be skipped: every desk item the outgoing
 * person declared and every ticket type is counted, every key copy on the board and every item
 * waiting at the desk is answered — seen as the ledger says, or marked missing. Reads only: the
 * review shows the result before the PIN, the acknowledgement records it.
 */
export async function compareCounts(
  ctx: ReadCallContext,
  h: HandoverSummary,
  input: CountsInput,
): Promise<Comparison> {
  refuseNegative([
    ...input.items.map((i) => ({ name: i.name, value: i.counted })),
    ...input.tickets.map((t) => ({ name: `#${t.typeId}`, value: t.counted })),
    { name: 'cash', value: input.cash.countedFen },
  ]);
  const snap = await deskSnapshot(ctx, h.fromId);
  const declared = JSON.parse((await latestVersion(ctx.db, h.id)).items) as ItemCount[];
  const differences: Difference[] = [];
  const differ = (d: Omit<Difference, 'needsExplanation' | 'typeId' | 'note'> & Partial<Difference>) =>
    differences.push({ note: null, needsExplanation: false, typeId: null, ...d });

  const counted = new Map(input.items.map((i) => [i.name, i.counted]));
  const items = declared.map((d) => {
    const n = counted.get(d.name);
    if (n === undefined) throw new AppError('HANDOVER_UNCOUNTED', { what: d.name });
    return { name: d.name, declared: d.count, counted: n };
  });
  for (const i of items.filter((i) => i.counted !== i.declared)) {
    differ({ section: 'item', label: i.name, expected: String(i.declared), counted: String(i.counted) });
  }

  const answeredKeys = new Map(input.keys.map((k) => [`${k.keyId}:${k.copyNo}`, k.confirmed]));
  const keys = snap.keys.map((k) => {
    const confirmed = answeredKeys.get(`${k.keyId}:${k.copyNo}`);
    if (confirmed === undefined) throw new AppError('HANDOVER_UNCHECKED', { what: keyLabel(k) });
    return { ...k, confirmed };
  });
  for (const k of keys.filter((k) => !k.confirmed)) {
    const where =
      k.state === 'out' ? `${KEY_STATE.out}：${k.holderName ?? ''}` : `${KEY_STATE[k.state]}：${k.place}`;
    differ({ section: 'key', label: keyLabel(k), expected: where, counted: MISSING });
  }

  const answeredMail = new Map(input.mail.map((m) => [m.mailId, m.confirmed]));
  const mail = snap.mail.map((m) => {
    const confirmed = answeredMail.get(m.mailId);
    if (confirmed === undefined) throw new AppError('HANDOVER_UNCHECKED', { what: mailLabel(m) });
    return { ...m, confirmed };
  });
  for (const m of mail.filter((m) => !m.confirmed)) {
    differ({ section: 'mail', label: mailLabel(m), expected: `${m.count}`, counted: MISSING });
  }

  const ticketInput = new Map(input.tickets.map((t) => [t.typeId, t]));
  const tickets = snap.tickets.map((t) => {
    const line = ticketInput.get(t.typeId);
    if (!line) throw new AppError('HANDOVER_UNCOUNTED', { what: t.name });
    return { ...t, counted: line.counted };
  });
  for (const t of tickets.filter((t) => t.counted !== t.expected)) {
    differ({
      section: 'ticket',
      label: t.name,
      expected: `${t.expected} 张`,
      counted: `${t.counted} 张`,
      note: ticketInput.get(t.typeId)?.explanation ?? null,
      needsExplanation: true,
      typeId: t.typeId,
    });
  }
  if (input.cash.countedFen !== snap.cashExpectedFen) {
    differ({
      section: 'cash',
      label: `${h.fromName} 保管的票款`,
      expected: formatFen(snap.cashExpectedFen),
      counted: formatFen(input.cash.countedFen),
      note: input.cash.explanation ?? null,
      needsExplanation: true,
    });
  }
  return { snap, items, keys, mail, tickets, differences };
}
