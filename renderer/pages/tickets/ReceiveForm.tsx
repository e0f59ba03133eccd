import { Button, Card, Form, Input, Space } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLine } from '../../../shared/contract/tickets';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useToast } from '../../hooks/useToast';
import { CountItem, countOf, TypeItem } from './TicketFields';

interface StockValues {
  typeId: number;
  count: string;
  batch?: string;
  serialFrom?: string;
  serialTo?: string;
  reason?: string;
}

const blank = (s?: string) => (s && s.trim() ? s.trim() : undefined);

/** A ticket type as the forms offer it: which, its name, whether it is still sold. */
export type TypeChoice = Pick<StockLine, 'typeId' | 'name' | 'active'>;

/**
 * Tickets in from the cinema, or back to it. Memoised on the ticket types (not the stock's
 * counts): a sale at the desk changes the counts, and these two forms have no count to show.
 */
export const ReceiveForm = memo(function ReceiveForm({
  lines,
  mode,
  onDone,
}: {
  lines: readonly TypeChoice[];
  mode: 'receive' | 'return';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const message = useToast();
  const [form] = Form.useForm<StockValues>();
  const save = useAction();
  const receiving = mode === 'receive';

  async function submit(v: StockValues) {
    const m = await save.run(() =>
      receiving
        ? client.call('tickets.receive', {
            typeId: v.typeId,
            count: countOf(v.count),
            batch: blank(v.batch),
            serialFrom: blank(v.serialFrom),
            serialTo: blank(v.serialTo),
          })
        : client.call('tickets.returnToCinema', {
            typeId: v.typeId,
            count: countOf(v.count),
            reason: blank(v.reason),
          }),
    );
    if (!m) return;
    message.success(
      receiving
        ? t('tickets.receive.done', { count: m.delta, type: m.typeName })
        : t('tickets.returns.done', { count: -m.delta }),
    );
    form.resetFields();
    onDone();
  }
  const submitOnce = useOneAtATime(submit);

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
        onFinish={submitOnce}
      >
        <TypeItem
          style={{ minWidth: 140 }}
          options={choices.map((l) => ({ value: l.typeId, label: l.name }))}
        />
        <CountItem />
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
        <Button htmlType="submit" loading={save.busy}>
          {t(receiving ? 'tickets.receive.submit' : 'tickets.returns.submit')}
        </Button>
      </Form>
      <ErrorAlert error={save.error} onClose={save.clearError} />
    </Card>
  );
});
