import { phoneAccepted, wholeNumberAccepted } from './fieldRules';

/** The walk-in slip's values and limits, apart from how it is drawn (WalkInForm.tsx). */

export interface WalkInValues {
  phone?: string;
  customerName: string;
  namedConsultantId?: number;
  channel: string;
  /** As typed: checked, never coerced into range. */
  partySize: string;
  intentLayout?: string;
  intentAreaSqm?: string;
  budgetWan?: string;
  notes?: string;
}

/** The consultant list's "nobody named". */
export const NONE = 0;

/** The slip's limits, shared by its fields' rules and `certainlyAccepted`. */
export const NAME_MAX = 40;
export const PARTY = { min: 1, max: 50 };
export const AREA_SQM = { min: 1, max: 10_000 };
export const BUDGET_WAN = { min: 1, max: 100_000 };

/**
 * Whether every rule of the slip passes these values (then Enter sends them at once). The name's
 * length is counted in UTF-16 units, never fewer than the rule's characters: stricter, not looser.
 */
export function certainlyAccepted(v: WalkInValues): boolean {
  return (
    typeof v.customerName === 'string' &&
    v.customerName.trim() !== '' &&
    v.customerName.length <= NAME_MAX &&
    phoneAccepted(v.phone) &&
    wholeNumberAccepted(v.partySize, PARTY.min, PARTY.max) &&
    wholeNumberAccepted(v.intentAreaSqm, AREA_SQM.min, AREA_SQM.max, false) &&
    wholeNumberAccepted(v.budgetWan, BUDGET_WAN.min, BUDGET_WAN.max, false)
  );
}

/** What a fresh slip holds: one person, the first channel, no consultant named. */
export const WALK_IN_START = (channels: readonly string[]): Partial<WalkInValues> => ({
  partySize: '1',
  channel: channels[0],
  namedConsultantId: NONE,
});
