import { DESK_PEOPLE } from './people';
import { phoneOf, pick, spread, type LedgerGenerator, type Office } from './office';

export const CALLS_PER_DAY = 80;
const CHANNELS = ['网络/新媒体', '户外广告', '朋友介绍', '其他'];
const TOPICS = ['询价', '户型咨询', '预约看房', '贷款政策', '交房时间'];

/** The call log: ~80 calls a day, one in ten invited to visit within the week. */
export function callsGenerator(): LedgerGenerator {
  let callers = 0;
  return {
    name: 'calls',
    day(office) {
      return spread(office, CALLS_PER_DAY).map((minute) => ({
        minute,
        async run(o: Office) {
          o.actAs(pick(o, DESK_PEOPLE));
          const invite = o.random() < 0.1;
          await o.must('calls.record', {
            callerName: o.random() < 0.5 ? '陈先生' : '林女士',
            // numbers of their own, far from the visitors' range
            phone: phoneOf(
              50_000_000 + (o.random() < 0.3 && callers > 0 ? Math.floor(o.random() * callers) : callers++),
            ),
            channel: pick(o, CHANNELS),
            topic: pick(o, TOPICS),
            ...(invite ? { invitedFor: addDays(o.date, 1 + Math.floor(o.random() * 6)) } : {}),
          });
          o.counts.calls = (o.counts.calls ?? 0) + 1;
        },
      }));
    },
  };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
