import { Button, DatePicker, Form, Input, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../shared/contract/messages';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';

const time = (iso: string) => dayjs(iso).format('MM-DD HH:mm');

interface DoneValues {
  outcome: string;
  calledBackAt?: Dayjs | null;
}

/** Messages in a table; `mayMarkDone` says who may record the call back on a row. */
export function MessageList({
  label,
  messages,
  empty,
  mayMarkDone,
  onChanged,
}: {
  label: string;
  messages: MessageView[];
  empty: string;
  mayMarkDone: (m: MessageView) => boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('privacy');
  const client = useClient();
  const [marking, setMarking] = useState<MessageView | null>(null);
  return (
    <>
      <Table<MessageView>
        size="small"
        rowKey="id"
        aria-label={label}
        dataSource={messages}
        pagination={false}
        locale={{ emptyText: empty }}
        rowClassName={(m) => (m.overdue ? 'message-overdue' : '')}
        columns={[
          {
            title: t('messages.callBackBy'),
            key: 'by',
            render: (_, m) => (
              <>
                {time(m.callBackBy)} {m.overdue && <Tag color="red">{t('messages.overdue')}</Tag>}
              </>
            ),
          },
          { title: t('messages.forWhom'), dataIndex: 'forName' },
          {
            title: t('messages.caller'),
            key: 'caller',
            render: (_, m) => `${m.callerName}（${t(`messages.vias.${m.via}`)}）`,
          },
          { title: t('messages.phone'), dataIndex: 'callerPhone' },
          { title: t('messages.about'), dataIndex: 'about' },
          { title: t('messages.takenBy'), key: 'taken', render: (_, m) => `${m.takenBy} ${time(m.at)}` },
          {
            title: '',
            key: 'done',
            render: (_, m) =>
              m.done ? (
                t('messages.done', { at: time(m.done.calledBackAt), by: m.done.by, outcome: m.done.outcome })
              ) : mayMarkDone(m) ? (
                <Button
                  size="small"
                  aria-label={t('messages.markDoneOf', { caller: m.callerName })}
                  onClick={() => setMarking(m)}
                >
                  {t('messages.markDone')}
                </Button>
              ) : null,
          },
        ]}
      />
      <DialogForm<DoneValues>
        name="message-done"
        open={marking !== null}
        title={t('messages.doneTitle', { caller: marking?.callerName ?? '' })}
        submitText={t('messages.markDone')}
        onCancel={() => setMarking(null)}
        onSubmit={async (v) => {
          if (!marking) return;
          await client.call('messages.markDone', {
            messageId: marking.id,
            outcome: v.outcome,
            calledBackAt: v.calledBackAt?.toISOString(),
          });
          setMarking(null);
          onChanged();
        }}
      >
        <Form.Item
          name="outcome"
          label={t('messages.outcome')}
          rules={[{ required: true, whitespace: true, message: t('common:form.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="calledBackAt" label={t('messages.calledBackAt')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={t('messages.now')}
          />
        </Form.Item>
      </DialogForm>
    </>
  );
}
