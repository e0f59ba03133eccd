import type { CallContext } from '../../context';

/**
 * What the day close needs from the shift-handover ledger (SPEC §5, §8 step 4). That ledger is
 * built in parallel; until it lands these answer "nothing", and the close already refuses on
 * any unacknowledged handover they report.
 */

/** Handovers of the date not yet acknowledged by the incoming person, described for the refusal. */
export async function unacknowledgedHandovers(_ctx: CallContext, _businessDate: string): Promise<string[]> {
  // wired to the handover ledger when it lands
  return [];
}

/** The date's handovers for the review step, one line each. */
export async function handoversOn(
  _ctx: CallContext,
  _businessDate: string,
): Promise<{ at: string; text: string }[]> {
  // wired to the handover ledger when it lands
  return [];
}

/** Open tasks 未完成工作 carried over to the next shift. */
export async function openTasksCarried(_ctx: CallContext, _businessDate: string): Promise<string[]> {
  // wired to the handover ledger when it lands
  return [];
}
