import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 新客 or 老客, as the visitor and call lists mark a customer. */
export function ReturningTag({ returning }: { returning: boolean }) {
  const { t } = useTranslation();
  return returning ? (
    <Tag color="blue">{t('visits.today.returning')}</Tag>
  ) : (
    <Tag>{t('visits.today.new')}</Tag>
  );
}
