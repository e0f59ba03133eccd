import type { LedgerGenerator } from './office';

export const UNIT_COUNT = 2_000;
const LAYOUTS = [
  { layout: '三室两厅', areaCenti: 12_856, perM2: 21_800 },
  { layout: '两室两厅', areaCenti: 8_920, perM2: 22_500 },
  { layout: '两室一厅', areaCenti: 7_630, perM2: 23_100 },
  { layout: '四室两厅', areaCenti: 16_420, perM2: 20_900 },
];

/** 2,000 units: 20 buildings × 25 floors × 4 rooms, imported like an office's own list. */
export function busyOfficeUnitsCsv(): string {
  const lines = ['楼栋,单元,楼层,房号,户型,面积,总价'];
  for (let building = 2; building <= 21; building++) {
    for (let floor = 1; floor <= 25; floor++) {
      LAYOUTS.forEach((l, i) => {
        const yuan = Math.round((l.areaCenti * (l.perM2 + floor * 150)) / 10_000) * 100;
        const area = `${Math.floor(l.areaCenti / 100)}.${String(l.areaCenti % 100).padStart(2, '0')}`;
        lines.push(
          `${building}栋,1单元,${floor},${floor}${String(i + 1).padStart(2, '0')},${l.layout},${area},${yuan}`,
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The project's units (the demo's first building is already there). */
export const unitsGenerator: LedgerGenerator = {
  name: 'units',
  async setup(office) {
    office.actAs('李经理');
    await office.must('units.import', {
      fileName: 'busy-office-units.csv',
      contentBase64: Buffer.from(busyOfficeUnitsCsv(), 'utf8').toString('base64'),
    });
  },
  day: () => [],
};
