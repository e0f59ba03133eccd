import { Button, Card, Col, List, Row, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Preparation } from '../../../shared/contract/dayclose';
import { OverdueList } from '../complaints/OverdueList';
import { when } from './format';

type Section = keyof Preparation['review'];
const SECTIONS: Section[] = ['visits', 'calls', 'holdEvents', 'handovers'];

/**
 * Step 4: the day in review — visits, calls, hold events, handovers — the open tasks carried
 * over, and the complaints past a deadline.
 */
export function ReviewStep({ prep, onNext }: { prep: Preparation; onNext: () => void }) {
  const { t } = useTranslation('dayclose');
  const { t: tHolds } = useTranslation('holds');
  const { t: tComplaints } = useTranslation('complaints');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Row gutter={12}>
        {SECTIONS.map((s) => (
          <Col span={6} key={s}>
            <Card size="small">
              <Statistic title={t(`review.${s}`)} value={prep.review[s].count} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12}>
        {SECTIONS.map((s) => (
          <Col span={12} key={s}>
            <List
              size="small"
              header={t(`review.${s}`)}
              locale={{ emptyText: t('review.none') }}
              dataSource={prep.review[s].items}
              renderItem={(item) => (
                <List.Item>
                  {when(item.at)} {item.text}{' '}
                  {item.kind && (
                    <Tag>
                      {s === 'handovers'
                        ? t(`review.handoverState.${item.kind}`)
                        : tHolds(`kind.${item.kind}`)}
                    </Tag>
                  )}
                </List.Item>
              )}
            />
          </Col>
        ))}
      </Row>
      <List
        size="small"
        header={t('review.openTasks')}
        locale={{ emptyText: t('review.noTasks') }}
        dataSource={prep.openTasks}
        renderItem={(task) => <List.Item>{task}</List.Item>}
      />
      <OverdueList header={tComplaints('review.heading')} items={prep.overdueComplaints} />
      <Button type="primary" autoFocus onClick={onNext} className="step-next">
        {t('next')}
      </Button>
    </Space>
  );
}
