import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CinemaView, TicketTypeView } from '../../../shared/contract/tickets';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';

type Editing<T> = { item: T | null } | null;

interface TypeValues {
  cinemaId: number;
  name: string;
  price: string;
  lowStockThreshold: number;
  active: boolean;
}

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
  const client = useClient();
  const { message } = App.useApp();
  const [cinema, setCinema] = useState<Editing<CinemaView>>(null);
  const [type, setType] = useState<Editing<TicketTypeView>>(null);
  const [error, setError] = useState<unknown>(null);

  async function save(action: () => Promise<unknown>, close: () => void) {
    setError(null);
    try {
      await action();
      close();
      void message.success(t('tickets.catalogue.saved'));
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  }
  const activeTag = (active: boolean) =>
    active ? (
      <Tag color="green">{t('tickets.catalogue.active')}</Tag>
    ) : (
      <Tag>{t('tickets.stock.inactive')}</Tag>
    );

  return (
    <>
      <Card
        title={<h3 className="card-title">{t('tickets.catalogue.cinemas')}</h3>}
        extra={<Button onClick={() => setCinema({ item: null })}>{t('tickets.catalogue.addCinema')}</Button>}
        className="page-card"
      >
        <Table<CinemaView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={cinemas as CinemaView[]}
          columns={[
            { key: 'name', title: t('tickets.catalogue.cinemaName'), dataIndex: 'name' },
            { key: 'contact', title: t('tickets.catalogue.contactName'), dataIndex: 'contactName' },
            { key: 'phone', title: t('tickets.catalogue.contactPhone'), dataIndex: 'contactPhone' },
            { key: 'active', title: t('tickets.catalogue.active'), render: (_, c) => activeTag(c.active) },
            {
              key: 'edit',
              title: '',
              render: (_, c) => (
                <Button
                  size="small"
                  onClick={() => setCinema({ item: c })}
                  aria-label={`${t('tickets.catalogue.edit')} ${c.name}`}
                >
                  {t('tickets.catalogue.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={<h3 className="card-title">{t('tickets.catalogue.types')}</h3>}
        extra={
          <Button disabled={cinemas.length === 0} onClick={() => setType({ item: null })}>
            {t('tickets.catalogue.addType')}
          </Button>
        }
        className="page-card"
      >
        <Table<TicketTypeView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={types as TicketTypeView[]}
          columns={[
            { key: 'name', title: t('tickets.catalogue.typeName'), dataIndex: 'name' },
            { key: 'cinema', title: t('tickets.stock.cinema'), dataIndex: 'cinemaName' },
            { key: 'price', title: t('tickets.stock.price'), render: (_, x) => formatFen(x.priceFen) },
            { key: 'threshold', title: t('tickets.stock.threshold'), dataIndex: 'lowStockThreshold' },
            { key: 'active', title: t('tickets.catalogue.active'), render: (_, x) => activeTag(x.active) },
            {
              key: 'edit',
              title: '',
              render: (_, x) => (
                <Button
                  size="small"
                  onClick={() => setType({ item: x })}
                  aria-label={`${t('tickets.catalogue.edit')} ${x.name}`}
                >
                  {t('tickets.catalogue.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Modal
        open={cinema !== null}
        title={t(cinema?.item ? 'tickets.catalogue.edit' : 'tickets.catalogue.addCinema')}
        onCancel={() => setCinema(null)}
        footer={null}
        destroyOnHidden
      >
        <Form<Omit<CinemaView, 'id'>>
          name="cinema"
          layout="vertical"
          requiredMark={false}
          initialValues={cinema?.item ?? { active: true }}
          onFinish={(v) =>
            void save(
              () => client.call('tickets.saveCinema', { ...v, id: cinema?.item?.id }),
              () => setCinema(null),
            )
          }
        >
          <Form.Item
            name="name"
            label={t('tickets.catalogue.cinemaName')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input autoFocus maxLength={60} />
          </Form.Item>
          <Form.Item
            name="contactName"
            label={t('tickets.catalogue.contactName')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('tickets.catalogue.contactPhone')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="active" label={t('tickets.catalogue.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={() => setCinema(null)}>{t('form.cancel')}</Button>
            <Button type="primary" htmlType="submit">
              {t('form.save')}
            </Button>
          </Space>
        </Form>
      </Modal>

      <Modal
        open={type !== null}
        title={t(type?.item ? 'tickets.catalogue.edit' : 'tickets.catalogue.addType')}
        onCancel={() => setType(null)}
        footer={null}
        destroyOnHidden
      >
        <Form<TypeValues>
          name="ticketType"
          layout="vertical"
          requiredMark={false}
          initialValues={
            type?.item
              ? { ...type.item, price: (type.item.priceFen / 100).toFixed(2) }
              : { active: true, lowStockThreshold: 10, cinemaId: cinemas[0]?.id }
          }
          onFinish={(v) =>
            void save(
              () =>
                client.call('tickets.saveType', {
                  id: type?.item?.id,
                  cinemaId: v.cinemaId,
                  name: v.name,
                  priceFen: parseYuanToFen(v.price) ?? 0,
                  lowStockThreshold: v.lowStockThreshold,
                  active: v.active,
                }),
              () => setType(null),
            )
          }
        >
          <Form.Item
            name="name"
            label={t('tickets.catalogue.typeName')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input autoFocus maxLength={40} />
          </Form.Item>
          <Form.Item
            name="cinemaId"
            label={t('tickets.stock.cinema')}
            rules={[{ required: true, message: t('form.required') }]}
          >
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
          <Form.Item
            name="lowStockThreshold"
            label={t('tickets.catalogue.threshold')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="active" label={t('tickets.catalogue.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={() => setType(null)}>{t('form.cancel')}</Button>
            <Button type="primary" htmlType="submit">
              {t('form.save')}
            </Button>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
