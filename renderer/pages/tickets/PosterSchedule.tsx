import { Button, Card, DatePicker, Form, Input, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PosterView } from '../../../shared/contract/tickets';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';

interface PosterValues {
  film: string;
  range: [Dayjs, Dayjs];
}

/** The 档期 of the staff-canteen poster, with the day it must be changed by. */
export function PosterSchedule({ version }: { version: number }) {
  const { t } = useTranslation();
  const roles = useSession((s) => s.user?.roles);
  const message = useToast();
  const [form] = Form.useForm<PosterValues>();
  const posters = useLoaded('tickets.posters', {}, { version });
  const save = useCall('tickets.savePoster');

  async function add(v: PosterValues) {
    const saved = await save.run({
      film: v.film,
      showFrom: v.range[0].format('YYYY-MM-DD'),
      showTo: v.range[1].format('YYYY-MM-DD'),
    });
    if (!saved) return;
    form.resetFields();
    message.success(t('tickets.posters.saved', { film: saved.film, from: saved.showFrom, to: saved.showTo }));
    await posters.refresh();
  }
  const addOnce = useOneAtATime(add);

  return (
    <Card className="page-card">
      {mayCall('tickets.savePoster', roles) && (
        <Form<PosterValues> form={form} name="poster" layout="inline" requiredMark={false} onFinish={addOnce}>
          <Form.Item
            name="film"
            label={t('tickets.posters.film')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="range"
            label={`${t('tickets.posters.from')} – ${t('tickets.posters.to')}`}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker.RangePicker />
          </Form.Item>
          <Button htmlType="submit" loading={save.busy}>
            {t('tickets.posters.add')}
          </Button>
        </Form>
      )}
      <ErrorAlert from={[save, posters]} closable />
      <Table<PosterView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={posters.data ?? []}
        columns={[
          { key: 'film', title: t('tickets.posters.film'), dataIndex: 'film' },
          { key: 'from', title: t('tickets.posters.from'), dataIndex: 'showFrom' },
          { key: 'to', title: t('tickets.posters.to'), dataIndex: 'showTo' },
          { key: 'changeBy', title: t('tickets.posters.changeBy'), dataIndex: 'changeBy' },
        ]}
      />
    </Card>
  );
}
