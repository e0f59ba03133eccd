/**
 * The closed sets of words of the ledgers: one `as const` tuple per set, its zh-CN and en labels
 * beside it. The contract (`z.enum(TUPLE)`), the row types of db/schema.ts, both i18n catalogues,
 * the .xlsx words and the print sheets all derive from these, so nothing spells a set twice.
 *
 * To add a value (say a hold-event kind):
 * 1. Add it to the tuple and give it its labels in the same file; `satisfies Labels<…>` refuses
 *    a tuple value without both labels (or a label without a value).
 * 2. If the set is kept by a CHECK of the ledger (its comment names the migration), add a new
 *    numbered migration that widens the CHECK; shipped migrations are never edited.
 *    tests/service/vocabulary-checks.test.ts fails until the ledger accepts exactly the tuple.
 * 3. Run the typecheck: whatever must handle every value (a `Record<Kind, …>`, a switch that
 *    answers each case, a catalogue sentence typed by the vocabulary) fails until it does.
 */
export * from './labels';
export * from './office';
export * from './desk';
export * from './complaints';
export * from './sync';
export * from './people';
export * from './privacy';
export * from './trust';
