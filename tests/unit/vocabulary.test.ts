import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../shared/domain/locale';
import { withVocabulary } from '../../renderer/i18n/vocabulary';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';
import * as vocab from '../../shared/domain/vocab';

const exported = Object.entries(vocab as Record<string, unknown>);
const tuples = exported.filter(
  (e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((v) => typeof v === 'string'),
);
const labelMaps = exported.filter((e): e is [string, Record<string, Record<string, string>>] =>
  e[0].endsWith('_LABELS'),
);

describe('the vocabularies', () => {
  // One set is named by the rulebook issue in camel case (boardVisibility: statusForAll) and is
  // kept only in the settings' JSON, never in a CHECKed column; every other word is lower case.
  const CAMEL_CASED_SETTINGS = new Set(['BOARD_VISIBILITIES']);
  test('each tuple names its values once, in words the ledger can store', () => {
    expect(tuples.length).toBeGreaterThan(20);
    for (const [name, values] of tuples) {
      expect(new Set(values).size, name).toBe(values.length);
      const word = CAMEL_CASED_SETTINGS.has(name) ? /^[a-z][a-zA-Z]*$/ : /^[a-z][a-z_-]*$/;
      for (const value of values) expect(value, name).toMatch(word);
    }
  });

  test('every label is written in every language, and no two values of a set read alike', () => {
    expect(labelMaps.length).toBeGreaterThan(15);
    for (const [name, labels] of labelMaps) {
      for (const locale of LOCALES) {
        const words = Object.values(labels).map((label) => label[locale]!);
        for (const word of words) expect(word.trim().length, `${name} ${locale}`).toBeGreaterThan(0);
        expect(new Set(words).size, `${name} ${locale}`).toBe(words.length);
      }
    }
  });

  test('labels come in the order of their tuple, so lists read the same everywhere', () => {
    const pairs: [readonly string[], object][] = [
      [vocab.HOLD_EVENT_KINDS, vocab.HOLD_EVENT_KIND_LABELS],
      [vocab.UNIT_STATUSES, vocab.UNIT_STATUS_LABELS],
      [vocab.HOLD_STATES, vocab.HOLD_STATE_LABELS],
      [vocab.IMPORT_REFUSALS, vocab.IMPORT_REFUSAL_LABELS],
      [vocab.KEY_KINDS, vocab.KEY_KIND_LABELS],
      [vocab.KEY_MOVEMENT_KINDS, vocab.KEY_MOVEMENT_KIND_LABELS],
      [vocab.KEY_SHOWN_STATES, vocab.KEY_STATE_LABELS],
      [vocab.TICKET_MOVEMENT_KINDS, vocab.TICKET_MOVEMENT_KIND_LABELS],
      [vocab.TICKET_MOVEMENT_KINDS, vocab.TICKET_MOVEMENT_KIND_EXPORT_LABELS],
      [vocab.PAYMENT_METHODS, vocab.PAYMENT_METHOD_LABELS],
      [vocab.CASH_TRANSFER_KINDS, vocab.CASH_TRANSFER_KIND_LABELS],
      [vocab.CASH_TRANSFER_KINDS, vocab.CASH_TRANSFER_KIND_SHEET_LABELS],
      [vocab.CASH_VARIANCE_OCCASIONS, vocab.CASH_VARIANCE_OCCASION_LABELS],
      [vocab.CASH_VARIANCE_DECISIONS, vocab.CASH_VARIANCE_DECISION_LABELS],
      [vocab.VISIT_OUTCOMES, vocab.VISIT_OUTCOME_LABELS],
      [vocab.CHOSEN_BY, vocab.CHOSEN_BY_LABELS],
      [vocab.SLIP_PARTS, vocab.SLIP_PART_LABELS],
      [vocab.OWNERSHIP_RULES, vocab.OWNERSHIP_RULE_LABELS],
      [vocab.HANDOVER_SECTIONS, vocab.HANDOVER_SECTION_LABELS],
      [vocab.HANDOVER_ACK_STATES, vocab.HANDOVER_ACK_STATE_LABELS],
      [vocab.MAIL_KINDS, vocab.MAIL_KIND_LABELS],
      [vocab.MESSAGE_VIAS, vocab.MESSAGE_VIA_LABELS],
      [vocab.DAY_STATUSES, vocab.DAY_STATUS_LABELS],
      [vocab.NOTIFICATION_SEVERITIES, vocab.NOTIFICATION_SEVERITY_LABELS],
      [vocab.NOTIFICATION_RESOLUTIONS, vocab.NOTIFICATION_RESOLUTION_LABELS],
      [vocab.SECRET_KINDS, vocab.SECRET_KIND_LABELS],
      [vocab.AUDIT_OUTCOMES, vocab.AUDIT_OUTCOME_LABELS],
      [vocab.BACKUP_REASONS, vocab.BACKUP_REASON_LABELS],
      [vocab.ROLES, vocab.ROLE_LABELS],
      [vocab.PUNCH_KINDS, vocab.PUNCH_KIND_LABELS],
      [vocab.PUNCH_SOURCES, vocab.PUNCH_SOURCE_LABELS],
      [vocab.ATTENDANCE_DAY_STATES, vocab.ATTENDANCE_DAY_STATE_LABELS],
      [vocab.OUTING_EVENT_KINDS, vocab.OUTING_EVENT_KIND_LABELS],
      [vocab.OUTING_STATES, vocab.OUTING_STATE_LABELS],
      [vocab.ROSTER_DUTIES, vocab.ROSTER_DUTY_LABELS],
      [vocab.DESK_CHECK_KINDS, vocab.DESK_CHECK_KIND_LABELS],
      [vocab.BOARD_VISIBILITIES, vocab.BOARD_VISIBILITY_LABELS],
      [vocab.DEPOSIT_METHODS, vocab.DEPOSIT_METHOD_LABELS],
      [vocab.DEPOSIT_STATES, vocab.DEPOSIT_STATE_LABELS],
      [vocab.REFUND_STATES, vocab.REFUND_STATE_LABELS],
      [vocab.COMPLAINT_CHANNELS, vocab.COMPLAINT_CHANNEL_LABELS],
      [vocab.COMPLAINT_KINDS, vocab.COMPLAINT_KIND_LABELS],
      [vocab.COMPLAINT_TARGETS, vocab.COMPLAINT_TARGET_LABELS],
      [vocab.COMPLAINT_DEPARTMENTS, vocab.COMPLAINT_DEPARTMENT_LABELS],
      [vocab.COMPLAINT_URGENCIES, vocab.COMPLAINT_URGENCY_LABELS],
      [vocab.COMPLAINT_EVENT_KINDS, vocab.COMPLAINT_EVENT_KIND_LABELS],
      [vocab.COMPLAINT_STATES, vocab.COMPLAINT_STATE_LABELS],
      [vocab.COMPLAINT_DEADLINES, vocab.COMPLAINT_DEADLINE_LABELS],
      [vocab.DEADLINE_STATUSES, vocab.DEADLINE_STATUS_LABELS],
      [vocab.SYNC_STATES, vocab.SYNC_STATE_LABELS],
      [vocab.WITNESS_KINDS, vocab.WITNESS_KIND_LABELS],
      [vocab.WITNESS_VERDICTS, vocab.WITNESS_VERDICT_LABELS],
      [vocab.SEAL_UNAVAILABLE, vocab.SEAL_UNAVAILABLE_LABELS],
    ];
    expect(pairs.length).toBe(labelMaps.length);
    for (const [values, labels] of pairs) expect(Object.keys(labels)).toEqual([...values]);
  });

  test('labelsIn and labelsFor give one language, for the whole set or a part of it', () => {
    expect(vocab.labelsIn(vocab.CHOSEN_BY_LABELS, 'en')).toEqual({
      rotation: 'Rotation',
      owner: 'Owner',
      named: 'Named',
    });
    expect(vocab.labelsFor(vocab.SIGNING_ROLES, vocab.ROLE_LABELS, 'zh-CN')).toEqual({
      receptionist: '前台接待员',
      cashier: '财务出纳',
      manager: '专案经理',
    });
  });

  test('the catalogues name the values of a closed set with its labels, and may not write them', () => {
    expect(zhCN.holds.kind.requested).toBe(vocab.HOLD_EVENT_KIND_LABELS.requested['zh-CN']);
    expect(en.common.keys.movements.kinds).toEqual(vocab.labelsIn(vocab.KEY_MOVEMENT_KIND_LABELS, 'en'));
    expect(en.daysheet.kinds.transfer.to_colleague).toBe('To colleague');
    expect(en.handover.keyState).toEqual({ home: 'home', out: 'out', lost: 'lost' });
    expect(() => withVocabulary({ holds: { kind: { requested: '申请' } } }, 'zh-CN')).toThrow(
      /vocabulary names/,
    );
  });
});
