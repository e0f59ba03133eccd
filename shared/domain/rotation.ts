import type { RotationEventKind } from './vocab/office';

/**
 * The consultant rotation (轮排, 000:659; 004:233-255) as a pure replay of the day's events. The
 * service, the rotation panel and an auditor all compute the queue with this one function, so
 * "who is next, and why" always has the same answer.
 *
 * - `set_order`: the day's on-duty consultants in order (replaces the queue; nobody is away).
 * - `away` / `back`: an away consultant is skipped but keeps their place.
 * - `received`: the consultant took a new customer by rotation and goes to the end.
 * - `makeup`: a manager granted a make-up turn (补客户) for a market-research visit: to the head.
 */
export type RotationEvent =
  | { kind: 'set_order'; order: readonly number[] }
  | { kind: Exclude<RotationEventKind, 'set_order'>; consultantId: number };

export interface RotationQueue {
  /** On-duty consultants, in queue order, away ones included in their place. */
  order: number[];
  away: number[];
  /** Whose turn it is: the first consultant in the order who is not away, or null. */
  next: number | null;
}

export const EMPTY_QUEUE: RotationQueue = { order: [], away: [], next: null };

export function applyRotationEvent(queue: RotationQueue, event: RotationEvent): RotationQueue {
  if (event.kind === 'set_order') {
    const order = [...new Set(event.order)];
    return withNext(order, []);
  }
  const id = event.consultantId;
  if (!queue.order.includes(id)) return queue; // not on duty: the event cannot move anyone
  const rest = queue.order.filter((c) => c !== id);
  switch (event.kind) {
    case 'away':
      return withNext(queue.order, [...new Set([...queue.away, id])]);
    case 'back':
      return withNext(
        queue.order,
        queue.away.filter((c) => c !== id),
      );
    case 'received':
      return withNext([...rest, id], queue.away);
    case 'makeup':
      return withNext([id, ...rest], queue.away);
  }
}

function withNext(order: number[], away: number[]): RotationQueue {
  const kept = away.filter((c) => order.includes(c));
  return { order, away: kept, next: order.find((c) => !kept.includes(c)) ?? null };
}

export function replayRotation(events: readonly RotationEvent[]): RotationQueue {
  return events.reduce(applyRotationEvent, EMPTY_QUEUE);
}

/** The queue after each event: the explanation an auditor reads beside the log. */
export function replaySteps(events: readonly RotationEvent[]): RotationQueue[] {
  const steps: RotationQueue[] = [];
  let queue = EMPTY_QUEUE;
  for (const event of events) {
    queue = applyRotationEvent(queue, event);
    steps.push(queue);
  }
  return steps;
}

export function isOnDuty(queue: RotationQueue, consultantId: number): boolean {
  return queue.order.includes(consultantId);
}
