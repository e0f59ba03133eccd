import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  LOW_STOCK_THRESHOLD_RANGE as THRESHOLD_RANGE,
  type CinemaView,
  type TicketTypeView,
} from '../../../shared/contract/tickets';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { DialogForm } from '../../components/DialogForm';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';
import { useClient } from '../../desk/DeskContext';

/** Which entry a dialog edits: `{ item: null }` adds one, `null` is closed. */
export type Editing<T> = { item: T | null } | null;

interface TypeValues {
  cinemaId: number;
  name: string;
  price: string;
  /** As typed: read exactly (a whole number, never rounded or clamped). */
  lowStockThreshold: string;
  active: boolean;
}

function ActiveItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="active" label={t('tickets.catalogue.active')} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
}

/** Add or edit a cinema: its name and whom to call for more tickets. */
export function CinemaDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Editing<CinemaView>;
  onClose: () => void;
  /** What was saved, said in the success message. */
  onSaved: (what: string) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const required = { required: true, message: t('form.required') };
  return (
    <DialogForm<Omit<CinemaView, 'id'>>
      name="cinema"
      open={editing !== null}
      title={t(editing?.item ? 'tickets.catalogue.edit' : 'tickets.catalogue.addCinema')}
      submitText={t('form.save')}
      initialValues={editing?.item ?? { active: true }}
      onCancel={onClose}
      onSubmit={async (v) => {
        const cinema = await client.call('tickets.saveCinema', { ...v, id: editing?.item?.id });
        onSaved(t('tickets.catalogue.savedCinema', { name: cinema.name }));
      }}
    >
      <Form.Item
        name="name"
        label={t('tickets.catalogue.cinemaName')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input autoFocus maxLength={60} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('tickets.catalogue.contactName')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('tickets.catalogue.contactPhone')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <ActiveItem />
    </DialogForm>
  );
}

/** Add or edit a ticket type: its cinema, price in yuan and the stock that counts as low. */
export function TicketTypeDialog({
  editing,
  cinemas,
  onClose,
  onSaved,
}: {
  editing: Editing<TicketTypeView>;
  cinemas: readonly CinemaView[];
  onClose: () => void;
  /** What was saved, said in the success message. */
  onSaved: (what: string) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const required = { required: true, message: t('form.required') };
  const item = editing?.item;
  return (
    <DialogForm<TypeValues>
      name="ticketType"
      open={editing !== null}
      title={t(item ? 'tickets.catalogue.edit' : 'tickets.catalogue.addType')}
      submitText={t('form.save')}
      initialValues={
        item
          ? {
              ...item,
              price: (item.priceFen / 100).toFixed(2),
              lowStockThreshold: String(item.lowStockThreshold),
            }
          : { active: true, lowStockThreshold: '10', cinemaId: cinemas[0]?.id }
      }
      onCancel={onClose}
      onSubmit={async (v) => {
        const saved = await client.call('tickets.saveType', {
          id: item?.id,
          cinemaId: v.cinemaId,
          name: v.name,
          priceFen: parseYuanToFen(v.price) ?? 0,
          lowStockThreshold: wholeNumberOf(v.lowStockThreshold, THRESHOLD_RANGE) ?? 0,
          active: v.active,
        });
        onSaved(
          t('tickets.catalogue.savedType', {
            name: saved.name,
            price: formatFen(saved.priceFen),
            threshold: saved.lowStockThreshold,
          }),
        );
      }}
    >
      <Form.Item
        name="name"
        label={t('tickets.catalogue.typeName')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input autoFocus maxLength={40} />
      </Form.Item>
      <Form.Item name="cinemaId" label={t('tickets.stock.cinema')} rules={[required]}>
        <Select options={cinemas.map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <Form.Item
        name="price"
        label={t('tickets.catalogue.price')}
        rules={[
          {
            validator: (_, value?: string) =>
              value && (parseYuanToFen(value) ?? 0) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('tickets.catalogue.priceInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      <WholeNumberItem
        name="lowStockThreshold"
        label={t('tickets.catalogue.threshold')}
        range={THRESHOLD_RANGE}
      />
      <ActiveItem />
    </DialogForm>
  );
}
