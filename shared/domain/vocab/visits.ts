import type { Labels } from './labels';

/** Visits, calls and the consultants' rotation (SPEC §2–3). How to add a value: see ./index.ts. */

/** How a visit ended for the office (visit_updates.outcome, CHECKed by 0002_visits). */
export const VISIT_OUTCOMES = ['left_phone', 'pledge', 'deposit', 'browse', 'market_research'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VISIT_OUTCOME_LABELS = {
  left_phone: { 'zh-CN': '留电', en: 'Left phone' },
  pledge: { 'zh-CN': '认筹', en: 'Pledge' },
  deposit: { 'zh-CN': '下定', en: 'Deposit' },
  browse: { 'zh-CN': '仅参观', en: 'Browsing' },
  market_research: { 'zh-CN': '市调', en: 'Market research' },
} as const satisfies Labels<VisitOutcome>;

/** Why this consultant received the visitor (visits.chosen_by, CHECKed by 0002_visits). */
export const CHOSEN_BY = ['rotation', 'owner', 'named'] as const;
export type ChosenBy = (typeof CHOSEN_BY)[number];
export const CHOSEN_BY_LABELS = {
  rotation: { 'zh-CN': '轮排', en: 'Rotation' },
  owner: { 'zh-CN': '归属顾问', en: 'Owner' },
  named: { 'zh-CN': '客户指定', en: 'Named' },
} as const satisfies Labels<ChosenBy>;

/** What a line appended to a visit records (visit_updates.kind, CHECKed by 0002_visits). */
export const VISIT_UPDATE_KINDS = ['outcome', 'left', 'note'] as const;
export type VisitUpdateKind = (typeof VISIT_UPDATE_KINDS)[number];

/**
 * The rotation log's events (rotation_events.kind, CHECKed by 0002_visits). The log words them
 * as sentences about a consultant, so their texts are in the catalogues (`visits.rotation.event`),
 * typed by this vocabulary.
 */
export const ROTATION_EVENT_KINDS = ['set_order', 'away', 'back', 'received', 'makeup'] as const;
export type RotationEventKind = (typeof ROTATION_EVENT_KINDS)[number];
