import { CONSULTANTS, DESK_PEOPLE } from './people';
import { pick, type DayEvent, type LedgerGenerator, type Office } from './office';

export const KEY_MOVEMENTS_PER_DAY = 20;
const TAGS = ['YBA', 'YBB', 'BGS'];
const PURPOSES = ['带客看样板房', '样板房保洁', '取资料'];

/**
 * The key register: 20 movements a day — ten show-flat or office keys lent to a consultant and
 * taken back within the hour, one at a time, so every key is home at night.
 */
export function keysGenerator(): LedgerGenerator {
  return {
    name: 'keys',
    day(office) {
      const events: DayEvent[] = [];
      const pairs = KEY_MOVEMENTS_PER_DAY / 2;
      const slot = Math.floor(500 / pairs);
      for (let i = 0; i < pairs; i++) {
        const tag = pick(office, TAGS);
        const at = 20 + i * slot;
        events.push(
          {
            minute: at,
            async run(o: Office) {
              o.actAs(pick(o, DESK_PEOPLE));
              await o.must('keys.issue', {
                tag,
                holder: { kind: 'staff', userId: o.userId(pick(o, CONSULTANTS)) },
                purpose: pick(o, PURPOSES),
              });
              o.counts.keyMovements = (o.counts.keyMovements ?? 0) + 1;
            },
          },
          {
            minute: at + Math.floor(slot / 2),
            async run(o: Office) {
              o.actAs(pick(o, DESK_PEOPLE));
              await o.must('keys.return', { tag });
              o.counts.keyMovements = (o.counts.keyMovements ?? 0) + 1;
            },
          },
        );
      }
      return events;
    },
  };
}
