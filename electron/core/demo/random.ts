/** A small seeded PRNG (mulberry32): the same seed writes the same week, every time. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];

/** A customer as the desk writes them: surname and title (the full name comes with the deposit). */
export function customerName(random: Random): string {
  return `${random.pick(SURNAMES)}${random.pick(['先生', '女士'])}`;
}

/** A mobile number that passes the desk's check (1[3-9] and nine digits). */
export function mobile(random: Random): string {
  const prefix = random.pick(['135', '136', '138', '139', '150', '158', '177', '186', '188', '199']);
  return `${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}
