import { Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import type { MovementView, StockLine } from '../../../shared/contract/tickets';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useWrittenOver } from '../../hooks/useWrittenOver';
import { CashPanel } from './CashPanel';
import { CatalogueAdmin } from './CatalogueAdmin';
import { MovementsTable } from './MovementsTable';
import { PosterSchedule } from './PosterSchedule';
import { ReceiveForm } from './ReceiveForm';
import { SaleForm } from './SaleForm';
import { StockTable } from './StockTable';
import { useTicketTypes } from './TicketFields';

const NO_STOCK: StockLine[] = [];
const NO_CATALOGUE: OutputOf<'tickets.catalogue'> = { cinemas: [], types: [] };

/** The ticket desk 电影票代售 (SPEC §6): sell, receive, see stock and cash, keep the catalogue. */
export function TicketsPage() {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const [version, setVersion] = useState(0);
  const stockAnswer = useLoaded('tickets.stock', {}, { version });
  const catalogueAnswer = useLoaded('tickets.catalogue', {}, { version });
  const [shownStock, writeStock] = useWrittenOver(stockAnswer.data, stockAnswer.received);
  const stock = shownStock ?? NO_STOCK;
  const catalogue = catalogueAnswer.data ?? NO_CATALOGUE;

  // Reminders that depend on the date (month-end posters, poster changes) are posted when the
  // desk opens this page; each is posted once whoever opens it first. Keyed on the permission,
  // not on the roles array, so re-reading the session does not post (or, locked, refuse) again.
  const mayRemind = mayCall('tickets.remind', roles);
  useEffect(() => {
    if (mayRemind) client.call('tickets.remind', {}).catch(() => undefined);
  }, [client, mayRemind]);

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  // The types the receive and return forms offer: a sale does not redraw those forms.
  const types = useTicketTypes(stock);
  // The sale is shown in the stock from the write's own answer at once; the re-read confirms it.
  const sold = (sale: MovementView) => {
    writeStock((lines) => lines.map((l) => (l.typeId === sale.typeId ? withMovement(l, sale.delta) : l)));
    changed();
  };
  const sells = mayCall('tickets.sell', roles);
  const items = [
    {
      key: 'desk',
      label: t('tickets.tabs.desk'),
      children: (
        <>
          {sells && <SaleForm lines={shownStock} onDone={sold} />}
          <StockTable lines={stock} />
          {sells && <ReceiveForm lines={types} mode="receive" onDone={changed} />}
          {sells && <ReceiveForm lines={types} mode="return" onDone={changed} />}
        </>
      ),
    },
    {
      key: 'movements',
      label: t('tickets.tabs.movements'),
      children: <MovementsTable lines={stock} version={version} onChanged={changed} />,
    },
  ];
  if (mayCall('cash.balances', roles)) {
    items.push({
      key: 'cash',
      label: t('tickets.tabs.cash'),
      children: <CashPanel version={version} onChanged={changed} />,
    });
  }
  if (mayCall('tickets.saveType', roles)) {
    items.push({
      key: 'catalogue',
      label: t('tickets.tabs.catalogue'),
      children: <CatalogueAdmin cinemas={catalogue.cinemas} types={catalogue.types} onChanged={changed} />,
    });
  }
  items.push({
    key: 'posters',
    label: t('tickets.tabs.posters'),
    children: <PosterSchedule version={version} />,
  });

  return (
    <div className="page">
      <Typography.Title level={2}>{t('tickets.title')}</Typography.Title>
      <ErrorAlert from={[stockAnswer, catalogueAnswer]} closable />
      <Tabs items={items} destroyOnHidden />
    </div>
  );
}

/** A stock line after a movement of `delta`: low, as the stock service has it, at or under the threshold. */
function withMovement(line: StockLine, delta: number): StockLine {
  const onHand = line.onHand + delta;
  return { ...line, onHand, low: line.active && onHand <= line.lowStockThreshold };
}
