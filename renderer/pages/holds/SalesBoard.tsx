import { Card, Empty, Select, Space, Tag } from 'antd';
import { memo, useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type BoardUnit, type UnitStatus } from '../../../shared/contract/holds';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { formatRemaining, STATUS_COLOURS, unitName } from './format';
import { HoldActionsDialog } from './HoldActionsDialog';
import { RequestDialog, type RequestTarget } from './RequestDialog';
import { useBoard } from './useBoard';
import { useServerNow } from './useServerNow';

/**
 * The sales-control board 销控表: a building as floors × units, coloured by status; a project of
 * several buildings shows one at a time, chosen above the board.
 */
export function SalesBoard() {
  const { t } = useTranslation('holds');
  const roles = useSession((s) => s.user?.roles);
  const [wanted, setWanted] = useState<string | null>(null);
  const {
    units,
    buildings: allBuildings,
    building: shownBuilding,
    serverNow,
    error,
    reload,
    askFor,
  } = useBoard(wanted);
  const now = useServerNow(serverNow);
  const [layout, setLayout] = useState<string | null>(null);
  const [status, setStatus] = useState<UnitStatus | null>(null);
  const [requesting, setRequesting] = useState<RequestTarget | null>(null);
  const [acting, setActing] = useState<BoardUnit | null>(null);

  const layouts = useMemo(() => [...new Set(units.map((u) => u.layout).filter(Boolean))].sort(), [units]);
  const buildings = useMemo(() => groupByBuilding(units), [units]);
  const canRequest = mayCall('holds.request', roles);
  const canDecide = mayCall('holds.approve', roles);
  const shown = (u: BoardUnit) => (!layout || u.layout === layout) && (!status || u.status === status);
  // Each cell's words come from here, not from a translation hook of its own: a building is a
  // hundred cells or more, all drawn anew when another building is chosen, and a hook per cell
  // (its subscription to language changes made and dropped each time) was a good part of that.
  const say = useMemo(() => cellWords(t), [t]);

  const open = useCallback(
    (unit: BoardUnit) => {
      if (unit.status === 'available' && canRequest) setRequesting({ id: unit.id, label: unitName(unit) });
      else if (unit.hold && canDecide) setActing(unit);
    },
    [canRequest, canDecide],
  );

  return (
    <div>
      <ErrorAlert error={error} />
      <Space wrap className="board-filters">
        {allBuildings.length > 1 && (
          <Select<string>
            aria-label={t('board.filterBuilding')}
            value={shownBuilding ?? undefined}
            onChange={(building) => {
              // the board of the building chosen is asked within the click, before the page
              // redraws for it (the request left ~10 ms after the click)
              if (building !== wanted) askFor(building);
              setWanted(building);
            }}
            style={{ minWidth: 120 }}
            options={allBuildings.map((b) => ({ value: b, label: b }))}
          />
        )}
        <Select<string | null>
          aria-label={t('board.filterLayout')}
          value={layout}
          onChange={setLayout}
          style={{ minWidth: 140 }}
          options={[{ value: null, label: t('board.all') }, ...layouts.map((l) => ({ value: l, label: l }))]}
        />
        <Select<UnitStatus | null>
          aria-label={t('board.filterStatus')}
          value={status}
          onChange={setStatus}
          style={{ minWidth: 140 }}
          options={[
            { value: null, label: t('board.all') },
            ...UNIT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <span aria-label={t('board.legend')}>
          {UNIT_STATUSES.map((s) => (
            <Tag key={s} color={STATUS_COLOURS[s]}>
              {t(`status.${s}`)}
            </Tag>
          ))}
        </span>
      </Space>
      {units.length === 0 && <Empty description={t('board.empty')} />}
      {buildings.map(([building, floors]) => (
        <Card
          key={building}
          title={t('board.building', { building })}
          className="board-building"
          size="small"
        >
          {floors.map(([floor, row]) => (
            <div key={floor} className="board-floor" role="group" aria-label={t('board.floor', { floor })}>
              <span className="board-floor-label">{t('board.floor', { floor })}</span>
              {row.map((u) => (
                <UnitCell
                  key={u.id}
                  unit={u}
                  // only a cell counting down follows the clock: the others are not redrawn each second
                  now={u.expiresAt ? now : 0}
                  dimmed={!shown(u)}
                  say={say}
                  onOpen={open}
                />
              ))}
            </div>
          ))}
        </Card>
      ))}
      <RequestDialog
        unit={requesting}
        onClose={() => setRequesting(null)}
        onDone={() => {
          setRequesting(null);
          void reload();
        }}
      />
      <HoldActionsDialog
        unit={acting}
        onClose={() => setActing(null)}
        onDone={() => {
          setActing(null);
          void reload();
        }}
      />
    </div>
  );
}

/**
 * One unit of the board. Memoised, and plain elements inside: a building is a few hundred cells,
 * redrawn only when its own unit, its dimming or (counting down) the clock changes.
 */
const UnitCell = memo(function UnitCell({
  unit,
  now,
  dimmed,
  say,
  onOpen,
}: {
  unit: BoardUnit;
  now: number;
  dimmed: boolean;
  say: CellWords;
  onOpen: (unit: BoardUnit) => void;
}) {
  const remaining = unit.expiresAt ? new Date(unit.expiresAt).getTime() - now : null;
  return (
    <button
      type="button"
      className={`board-cell${dimmed ? ' board-cell-dimmed' : ''}`}
      style={{ borderColor: STATUS_COLOURS[unit.status], background: `${STATUS_COLOURS[unit.status]}22` }}
      aria-label={say.cell(unit.room, unit.status)}
      data-status={unit.status}
      onClick={() => onOpen(unit)}
    >
      <strong className="board-cell-room">{unit.room}</strong>
      <span className="board-cell-line">{unit.layout}</span>
      {remaining !== null && (
        <span className="board-cell-line" role="timer">
          {remaining > 0 ? say.countdown(formatRemaining(remaining)) : say.expired}
        </span>
      )}
      {unit.hold && <span className="board-cell-line">{unit.hold.customerName}</span>}
      {unit.hold?.reported && <span className="board-cell-reported">{say.reported}</span>}
      {unit.listPriceFen !== null && <span className="board-cell-line">{formatFen(unit.listPriceFen)}</span>}
      {unit.hold?.deposit && unit.hold.deposit.discountFen !== null && unit.hold.deposit.discountFen > 0 && (
        <span className="board-cell-line">
          {say.agreed(formatFen(unit.hold.deposit.agreedPriceFen), formatFen(unit.hold.deposit.discountFen))}
        </span>
      )}
    </button>
  );
});

/** What a cell says, in the page's language. */
interface CellWords {
  cell(room: string, status: UnitStatus): string;
  countdown(time: string): string;
  expired: string;
  reported: string;
  agreed(price: string, discount: string): string;
}

function cellWords(t: TFunction<'holds'>): CellWords {
  const cellOf = Object.fromEntries(
    UNIT_STATUSES.map((s) => [s, filledLater((room) => t('board.cell', { room, status: t(`status.${s}`) }))]),
  ) as Record<UnitStatus, (room: string) => string>;
  return {
    cell: (room, status) => cellOf[status](room),
    countdown: filledLater((time) => t('board.countdown', { time })),
    expired: t('board.expired'),
    reported: t('board.reported'),
    agreed: (price, discount) => t('board.agreed', { price, discount }),
  };
}

/** A character no room, name or catalogue string holds (Unicode's private use). */
const OPEN = '\u{F0000}';

/**
 * A catalogue string with one value left open, then filled per cell by joining its two halves:
 * i18next's interpolation costs some 20–50 µs a call, and a building's hundred cells asked it two
 * hundred times at each redraw. A string that does not hold its value exactly once is asked of
 * the catalogue each time.
 */
function filledLater(say: (value: string) => string): (value: string) => string {
  const halves = say(OPEN).split(OPEN);
  if (halves.length !== 2) return say;
  const [before, after] = halves as [string, string];
  return (value) => before + value + after;
}

/**
 * Natural order of names (2栋 before 10栋, 201 before 1001), one collator for every comparison:
 * localeCompare with a locale and options builds a collator per call, and sorting a building of
 * a few hundred units that way took ~25 ms of the board's drawing.
 */
const NATURAL_ORDER = new Intl.Collator('zh-CN', { numeric: true });

/** Buildings in order, each with its floors from the top down and the units along each floor. */
function groupByBuilding(units: BoardUnit[]): [string, [number, BoardUnit[]][]][] {
  const buildings = new Map<string, Map<number, BoardUnit[]>>();
  for (const u of units) {
    const floors = buildings.get(u.building) ?? new Map<number, BoardUnit[]>();
    floors.set(u.floor, [...(floors.get(u.floor) ?? []), u]);
    buildings.set(u.building, floors);
  }
  const byRoom = (a: BoardUnit, b: BoardUnit) =>
    NATURAL_ORDER.compare(a.unit, b.unit) || NATURAL_ORDER.compare(a.room, b.room);
  return [...buildings.entries()]
    .sort(([a], [b]) => NATURAL_ORDER.compare(a, b))
    .map(([b, floors]) => [
      b,
      [...floors.entries()].sort(([x], [y]) => y - x).map(([f, row]) => [f, row.sort(byRoom)]),
    ]);
}
