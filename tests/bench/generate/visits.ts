import { CONSULTANTS, DESK_PEOPLE } from './people';
import { phoneOf, pick, spread, type LedgerGenerator, type Office } from './office';

export const VISITS_PER_DAY = 150;
const CHANNELS = ['路过', '朋友介绍', '老带新', '网络/新媒体', '户外广告', '电话邀约'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];

/**
 * The visitor log: the morning rotation, then ~150 walk-ins a day — most leave a phone, a third
 * of those are returning customers (handed to their owner), the rest go by rotation.
 */
export function visitsGenerator(): LedgerGenerator {
  let phones = 0; // phones handed out so far; returning visitors reuse one of them
  const visitor = (office: Office) => {
    const roll = office.random();
    if (roll < 0.25) return {};
    if (roll < 0.5 && phones > 0) return { phone: phoneOf(Math.floor(office.random() * phones)) };
    return { phone: phoneOf(phones++) };
  };
  return {
    name: 'visits',
    day(office) {
      const events = [
        {
          minute: 0,
          async run(o: Office) {
            o.actAs(DESK_PEOPLE[0]);
            await o.must('rotation.setOrder', { consultantIds: CONSULTANTS.map((n) => o.userId(n)) });
          },
        },
      ];
      for (const minute of spread(office, VISITS_PER_DAY, 1)) {
        events.push({
          minute,
          async run(o: Office) {
            o.actAs(pick(o, DESK_PEOPLE));
            await o.must('visits.record', {
              customerName: `${pick(o, SURNAMES)}${o.random() < 0.5 ? '先生' : '女士'}`,
              ...visitor(o),
              partySize: 1 + Math.floor(o.random() * 3),
              channel: pick(o, CHANNELS),
            });
            o.counts.visits = (o.counts.visits ?? 0) + 1;
          },
        });
      }
      return events;
    },
  };
}
