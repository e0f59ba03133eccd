import { Card, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeskSnapshot, KeyLine, TaskView } from '../../../shared/contract/handover';
import { formatFen } from '../../../shared/domain/money';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useErrorText } from '../../i18n/useErrorText';
import { useToast } from '../../hooks/useToast';

/** Open tasks, each with "mark done" (who and when are recorded by the main process). */
export function OpenTasks({ tasks, onChanged }: { tasks: TaskView[]; onChanged: () => void }) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const message = useToast();
  const errorText = useErrorText();
  if (tasks.length === 0)
    return <Typography.Paragraph type="secondary">{t('write.noTasks')}</Typography.Paragraph>;
  return (
    <List
      size="small"
      className="handover-tasks"
      dataSource={tasks}
      rowKey={(task) => task.id}
      renderItem={(task) => (
        <List.Item
          actions={[
            <RowButton
              key="done"
              label={t('write.markDone')}
              of={task.text}
              onClick={() =>
                void client
                  .call('handover.completeTask', { taskId: task.id })
                  .then(() => {
                    message.success(t('write.taskDone'));
                    onChanged();
                  })
                  .catch((failure: unknown) => message.error(errorText(failure)))
              }
            />,
          ]}
        >
          {task.text}
          <Typography.Text type="secondary" className="handover-task-by">
            {task.raisedBy}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

export function useKeyLabel() {
  const { t } = useTranslation('handover');
  return (k: KeyLine) => t('keyLine', { tag: k.tag, name: k.name, copy: k.copyNo });
}

export function useKeyWhere() {
  const { t } = useTranslation('handover');
  return (k: KeyLine) => `${t(`keyState.${k.state}`)} ${k.state === 'out' ? (k.holderName ?? '') : k.place}`;
}

/** What the ledgers say the desk holds: keys, waiting mail, ticket stock, ticket cash. */
export function LedgerSections({ snapshot }: { snapshot: DeskSnapshot }) {
  const { t } = useTranslation('handover');
  const keyLabel = useKeyLabel();
  const keyWhere = useKeyWhere();
  return (
    <>
      <Card size="small" title={t('write.keys')} className="handover-card">
        <Table
          size="small"
          pagination={false}
          rowKey={(k) => `${k.keyId}:${k.copyNo}`}
          dataSource={snapshot.keys}
          columns={[
            { key: 'key', title: t('print.name'), render: (_, k) => keyLabel(k) },
            { key: 'where', title: t('print.state'), render: (_, k) => keyWhere(k) },
          ]}
        />
      </Card>
      <Card size="small" title={t('write.mail')} className="handover-card">
        {snapshot.mail.length === 0 ? (
          <Typography.Text type="secondary">{t('write.noMail')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={snapshot.mail}
            renderItem={(m) => (
              <List.Item>
                {m.recipient} · {t(`mailKind.${m.kind}`)} × {m.count}
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('write.tickets')} className="handover-card">
        <List
          size="small"
          dataSource={snapshot.tickets}
          renderItem={(line) => (
            <List.Item>
              {line.name}: {line.expected ?? '—'}
            </List.Item>
          )}
        />
        <Typography.Paragraph>
          {t('write.cash')}:{' '}
          <strong>{snapshot.cashExpectedFen === null ? '—' : formatFen(snapshot.cashExpectedFen)}</strong>
        </Typography.Paragraph>
      </Card>
    </>
  );
}
