import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLine } from '../../../shared/contract/tickets';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';

interface StockValues {
  typeId: number;
  count: number;
  batch?: string;
  serialFrom?: string;
  serialTo?: string;
  reason?: string;
}

const blank = (s?: string) => (s && s.trim() ? s.trim() : undefined);

/** Tickets in from the cinema, or back to it. */
export function ReceiveForm({
  lines,
  mode,
  onDone,
}: {
  lines: readonly StockLine[];
  mode: 'receive' | 'return';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<StockValues>();
  const [error, setError] = useState<unknown>(null);
  const receiving = mode === 'receive';

  async function submit(v: StockValues) {
    setError(null);
    try {
      const m = receiving
        ? await client.call('tickets.receive', {
            typeId: v.typeId,
            count: v.count,
            batch: blank(v.batch),
            serialFrom: blank(v.serialFrom),
            serialTo: blank(v.serialTo),
          })
        : await client.call('tickets.returnToCinema', {
            typeId: v.typeId,
            count: v.count,
            reason: blank(v.reason),
          });
      void message.success(
        receiving
          ? t('tickets.receive.done', { count: m.delta, type: m.typeName })
          : t('tickets.returns.done', { count: -m.delta }),
      );
      form.resetFields();
      onDone();
    } catch (failure) {
      setError(failure);
    }
  }

  const choices = receiving ? lines.filter((l) => l.active) : lines;
  return (
    <Card
      title={
        <h3 className="card-title">{t(receiving ? 'tickets.receive.title' : 'tickets.returns.title')}</h3>
      }
      className="page-card"
    >
      <Form<StockValues>
        form={form}
        name={`ticket-${mode}`}
        aria-label={t(receiving ? 'tickets.receive.title' : 'tickets.returns.title')}
        layout="inline"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="typeId"
          label={t('tickets.sale.type')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            style={{ minWidth: 140 }}
            options={choices.map((l) => ({ value: l.typeId, label: l.name }))}
          />
        </Form.Item>
        <Form.Item
          name="count"
          label={t('tickets.sale.count')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={1} precision={0} />
        </Form.Item>
        {receiving ? (
          <Space wrap>
            <Form.Item name="batch" label={t('tickets.receive.batch')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="serialFrom" label={t('tickets.receive.serialFrom')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="serialTo" label={t('tickets.receive.serialTo')}>
              <Input maxLength={40} />
            </Form.Item>
          </Space>
        ) : (
          <Form.Item name="reason" label={t('tickets.returns.reason')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Button htmlType="submit">
          {t(receiving ? 'tickets.receive.submit' : 'tickets.returns.submit')}
        </Button>
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Card>
  );
}
