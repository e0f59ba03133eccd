import type { AckSnapshot, HandoverView } from '../../../../shared/contract/handover';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import {
  KEY_STATE_LABELS,
  labelsIn,
  MAIL_KIND_LABELS,
  type HandoverSection,
} from '../../../../shared/domain/vocab';
import { requireActor, type CallContext } from '../../context';
import { checkSecret, verifyCountersign } from '../../auth/secretChecks';
import { passCashCustody } from '../cash/transfers';
import { handOverDeskKeys } from '../keys';
import { postNotification } from '../../notifications';
import { recordCountedFigures } from '../tickets/counts';
import { findUser } from '../../auth/users';
import {
  DESK_ROLES,
  handoverView,
  latestVersion,
  refuseIfLocked,
  refuseNegative,
  requireHandover,
  type ItemCount,
} from './records';
import { deskSnapshot } from './snapshot';
import { listTasks } from './tasks';

export interface AcknowledgeInput {
  handoverId: number;
  countersign: { userId: number; secret: string };
  items: { name: string; counted: number }[];
  keys: { keyId: number; copyNo: number; confirmed: boolean }[];
  mail: { mailId: number; confirmed: boolean }[];
  tickets: { typeId: number; counted: number; explanation?: string }[];
  cash: { countedFen: number; explanation?: string };
  note?: string;
}

interface Difference {
  section: HandoverSection;
  label: string;
  expected: string;
  counted: string;
  note: string | null;
}

const KEY_STATE = labelsIn(KEY_STATE_LABELS, 'zh-CN');
const MAIL_KIND = labelsIn(MAIL_KIND_LABELS, 'zh-CN');
const NOT_CONFIRMED = '未确认';
const NOT_COUNTED = '未清点';

/**
 * The incoming person's PIN: typed into the outgoing person's session as a countersign, or, when
 * the incoming person is signed in themselves (the morning after a night shift, 000:297), typed
 * again to sign. Either way only the incoming person named on the handover can acknowledge it.
 */
async function signByIncoming(ctx: CallContext, input: AcknowledgeInput, toId: number, toName: string) {
  const actor = requireActor(ctx);
  if (input.countersign.userId !== toId) throw new AppError('HANDOVER_WRONG_RECEIVER', { name: toName });
  if (actor.id === toId) {
    const me = await findUser(ctx.db, toId);
    if (!me) throw new AppError('USER_NOT_FOUND', { id: toId });
    await checkSecret(ctx, me, input.countersign.secret, 'countersign');
  } else {
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, DESK_ROLES);
  }
}

/**
 * Acknowledgement, in one transaction: re-reads the ledgers, compares what the incoming person
 * counted and confirmed, records the counts in the ticket ledger, passes the outgoing person's
 * keys and ticket cash to the incoming one through those ledgers' services, writes the
 * differences on the handover, locks it, and tells the manager about any difference. A refusal
 * anywhere (wrong PIN, an unexplained ticket variance) leaves every ledger as it was.
 */
export async function acknowledgeHandover(ctx: CallContext, input: AcknowledgeInput): Promise<HandoverView> {
  const h = await requireHandover(ctx, input.handoverId);
  await refuseIfLocked(ctx, h);
  const actor = requireActor(ctx);
  if (actor.id !== h.fromId && actor.id !== h.toId) {
    throw new AppError('HANDOVER_NOT_YOURS', { name: h.fromName });
  }
  refuseNegative([
    ...input.items.map((i) => ({ name: i.name, value: i.counted })),
    ...input.tickets.map((t) => ({ name: `#${t.typeId}`, value: t.counted })),
    { name: 'cash', value: input.cash.countedFen },
  ]);
  await signByIncoming(ctx, input, h.toId, h.toName);

  const snap = await deskSnapshot(ctx, h.fromId);
  const declared = JSON.parse((await latestVersion(ctx.db, h.id)).items) as ItemCount[];
  const differences: Difference[] = [];

  const counted = new Map(input.items.map((i) => [i.name, i.counted]));
  const items = declared.map((d) => ({ name: d.name, declared: d.count, counted: counted.get(d.name) ?? 0 }));
  for (const i of items) {
    if (i.counted !== i.declared) {
      differences.push({
        section: 'item',
        label: i.name,
        expected: String(i.declared),
        counted: String(i.counted),
        note: null,
      });
    }
  }

  const confirmedKeys = new Set(input.keys.filter((k) => k.confirmed).map((k) => `${k.keyId}:${k.copyNo}`));
  const keys = snap.keys.map((k) => ({ ...k, confirmed: confirmedKeys.has(`${k.keyId}:${k.copyNo}`) }));
  for (const k of keys.filter((k) => !k.confirmed)) {
    const where =
      k.state === 'out' ? `${KEY_STATE.out}：${k.holderName ?? ''}` : `${KEY_STATE[k.state]}：${k.place}`;
    differences.push({
      section: 'key',
      label: `${k.tag} ${k.name} 第${k.copyNo}把`,
      expected: where,
      counted: NOT_CONFIRMED,
      note: null,
    });
  }

  const confirmedMail = new Set(input.mail.filter((m) => m.confirmed).map((m) => m.mailId));
  const mail = snap.mail.map((m) => ({ ...m, confirmed: confirmedMail.has(m.mailId) }));
  for (const m of mail.filter((m) => !m.confirmed)) {
    differences.push({
      section: 'mail',
      label: `${m.recipient} ${MAIL_KIND[m.kind]}`,
      expected: `${m.count}`,
      counted: NOT_CONFIRMED,
      note: null,
    });
  }

  // Counted figures go into the ticket ledger (帐实相符); it refuses an unexplained variance.
  const ticketInput = new Map(input.tickets.map((t) => [t.typeId, t]));
  const countedTickets = snap.tickets.filter((t) => ticketInput.has(t.typeId));
  await recordCountedFigures(ctx, {
    occasion: 'handover',
    stock: countedTickets.map((t) => ticketInput.get(t.typeId)!),
    cash: { holderId: h.fromId, countedFen: input.cash.countedFen, explanation: input.cash.explanation },
  });
  const tickets = snap.tickets.map((t) => ({ ...t, counted: ticketInput.get(t.typeId)?.counted ?? null }));
  for (const t of tickets) {
    if (t.counted === t.expected) continue;
    differences.push({
      section: 'ticket',
      label: t.name,
      expected: `${t.expected} 张`,
      counted: t.counted === null ? NOT_COUNTED : `${t.counted} 张`,
      note: ticketInput.get(t.typeId)?.explanation ?? null,
    });
  }
  const cashExpected = snap.cashExpectedFen;
  if (input.cash.countedFen !== cashExpected) {
    differences.push({
      section: 'cash',
      label: `${h.fromName} 保管的票款`,
      expected: formatFen(cashExpected),
      counted: formatFen(input.cash.countedFen),
      note: input.cash.explanation ?? null,
    });
  }

  // Custody passes in the same transaction, through the keys and cash services.
  const keysPassed = await handOverDeskKeys(ctx, h.fromId, h.toId);
  const passed = await passCashCustody(ctx, {
    fromId: h.fromId,
    toId: h.toId,
    amountFen: input.cash.countedFen,
  });

  const snapshot: AckSnapshot = {
    items,
    keys,
    mail,
    tickets,
    cash: { expectedFen: cashExpected, countedFen: input.cash.countedFen, passedFen: passed?.amountFen ?? 0 },
    openTasks: (await listTasks(ctx, { openNow: true })).map((t) => ({ id: t.id, text: t.text })),
    keysPassed,
    note: input.note ?? null,
  };
  await ctx.writer.insert('handover_acks', {
    handover_id: h.id,
    acknowledged_by: h.toId,
    at: ctx.at,
    business_date: ctx.businessDate,
    snapshot: JSON.stringify(snapshot),
    difference_count: differences.length,
  });
  for (const i of items) await ctx.writer.insert('handover_item_lines', { handover_id: h.id, ...i });
  for (const d of differences) await ctx.writer.insert('handover_differences', { handover_id: h.id, ...d });
  if (differences.length > 0) {
    await postNotification(ctx, {
      kind: 'handover_difference',
      severity: 'warning',
      titleKey: 'handoverDifference',
      params: { id: h.id, shift: h.shiftName, from: h.fromName, to: h.toName, count: differences.length },
      forRoles: ['manager'],
    });
  }
  return handoverView(ctx, h.id);
}
