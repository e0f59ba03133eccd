import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../shared/contract/units';
import { parseAreaCenti } from '../../../shared/domain/area';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { DialogForm } from '../../components/DialogForm';
import { formatArea } from '../holds/format';

export interface UnitChanges {
  layout: string;
  floor: number;
  areaCenti: number;
  listPriceFen: number;
}

interface Values {
  layout: string;
  floor: number;
  area: string;
  price: string;
}

/**
 * Corrects a unit's layout, floor, area or list price (manager, admin). Area and price are typed
 * as text and parsed to integer hundredths and fen, so nothing passes through floating point.
 * A refusal is shown in the dialog, which stays open.
 */
export function UnitEditDialog({
  unit,
  onCancel,
  onSave,
}: {
  unit: UnitView;
  onCancel: () => void;
  onSave: (changes: UnitChanges) => Promise<void>;
}) {
  const { t } = useTranslation('holds');
  return (
    <DialogForm<Values>
      name="unitEdit"
      open
      title={t('units.editTitle', { room: unit.room })}
      submitText={t('units.save')}
      onCancel={onCancel}
      initialValues={{
        layout: unit.layout,
        floor: unit.floor,
        area: formatArea(unit.areaCenti),
        price: formatFen(unit.listPriceFen).replace(/^¥/, ''),
      }}
      onSubmit={(v) =>
        onSave({
          layout: v.layout.trim(),
          floor: v.floor,
          areaCenti: parseAreaCenti(v.area)!,
          listPriceFen: parseYuanToFen(v.price)!,
        })
      }
    >
      <Form.Item
        name="layout"
        label={t('units.layout')}
        rules={[{ required: true, whitespace: true, message: t('units.required') }]}
      >
        <Input autoFocus maxLength={40} />
      </Form.Item>
      <Form.Item
        name="floor"
        label={t('units.floor')}
        rules={[{ required: true, message: t('units.required') }]}
      >
        <InputNumber precision={0} min={-10} max={200} />
      </Form.Item>
      <Form.Item
        name="area"
        label={t('units.area')}
        rules={[
          {
            validator: (_, v: string) =>
              parseAreaCenti(v ?? '')
                ? Promise.resolve()
                : Promise.reject(new Error(t('units.refusal.bad_area'))),
          },
        ]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item
        name="price"
        label={t('units.price')}
        rules={[
          {
            validator: (_, v: string) => {
              const fen = parseYuanToFen(v ?? '');
              return fen !== null && fen > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('units.refusal.bad_price')));
            },
          },
        ]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
    </DialogForm>
  );
}
