import { Button, Card, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CinemaView, TicketTypeView } from '../../../shared/contract/tickets';
import { formatFen } from '../../../shared/domain/money';
import { FigureTable } from '../../components/FigureTable';
import { RowButton } from '../../components/RowButton';
import { useToast } from '../../hooks/useToast';
import { CinemaDialog, TicketTypeDialog, type Editing } from './CatalogueDialogs';

/** Cinemas and ticket types, for the admin and the manager: added and edited, never deleted. */
export function CatalogueAdmin({
  cinemas,
  types,
  onChanged,
}: {
  cinemas: readonly CinemaView[];
  types: readonly TicketTypeView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const message = useToast();
  const [cinema, setCinema] = useState<Editing<CinemaView>>(null);
  const [type, setType] = useState<Editing<TicketTypeView>>(null);

  const saved = (what: string) => {
    setCinema(null);
    setType(null);
    message.success(what);
    onChanged();
  };
  /** The "active" and "edit" columns both tables end with. */
  function tail<T extends { name: string; active: boolean }>(edit: (item: T) => void): TableColumnsType<T> {
    return [
      {
        key: 'active',
        title: t('tickets.catalogue.active'),
        render: (_, x) =>
          x.active ? (
            <Tag color="green">{t('tickets.catalogue.active')}</Tag>
          ) : (
            <Tag>{t('tickets.stock.inactive')}</Tag>
          ),
      },
      {
        key: 'edit',
        title: '',
        render: (_, x) => (
          <RowButton label={t('tickets.catalogue.edit')} of={x.name} onClick={() => edit(x)} />
        ),
      },
    ];
  }

  return (
    <>
      <CatalogueCard<CinemaView>
        title={t('tickets.catalogue.cinemas')}
        addText={t('tickets.catalogue.addCinema')}
        onAdd={() => setCinema({ item: null })}
        rows={cinemas}
        columns={[
          { key: 'name', title: t('tickets.catalogue.cinemaName'), dataIndex: 'name' },
          { key: 'contact', title: t('tickets.catalogue.contactName'), dataIndex: 'contactName' },
          { key: 'phone', title: t('tickets.catalogue.contactPhone'), dataIndex: 'contactPhone' },
          ...tail<CinemaView>((item) => setCinema({ item })),
        ]}
      />
      <CatalogueCard<TicketTypeView>
        title={t('tickets.catalogue.types')}
        addText={t('tickets.catalogue.addType')}
        addDisabled={cinemas.length === 0}
        onAdd={() => setType({ item: null })}
        rows={types}
        columns={[
          { key: 'name', title: t('tickets.catalogue.typeName'), dataIndex: 'name' },
          { key: 'cinema', title: t('tickets.stock.cinema'), dataIndex: 'cinemaName' },
          { key: 'price', title: t('tickets.stock.price'), render: (_, x) => formatFen(x.priceFen) },
          { key: 'threshold', title: t('tickets.stock.threshold'), dataIndex: 'lowStockThreshold' },
          ...tail<TicketTypeView>((item) => setType({ item })),
        ]}
      />
      <CinemaDialog editing={cinema} onClose={() => setCinema(null)} onSaved={saved} />
      <TicketTypeDialog editing={type} cinemas={cinemas} onClose={() => setType(null)} onSaved={saved} />
    </>
  );
}

/** One list of the catalogue, with its add button above it. */
function CatalogueCard<T extends { id: number }>({
  title,
  addText,
  addDisabled,
  onAdd,
  rows,
  columns,
}: {
  title: string;
  addText: string;
  addDisabled?: boolean;
  onAdd: () => void;
  rows: readonly T[];
  columns: TableColumnsType<T>;
}) {
  return (
    <Card
      title={<h3 className="card-title">{title}</h3>}
      extra={
        <Button disabled={addDisabled} onClick={onAdd}>
          {addText}
        </Button>
      }
      className="page-card"
    >
      <FigureTable<T> rowKey="id" rows={rows} columns={columns} />
    </Card>
  );
}
