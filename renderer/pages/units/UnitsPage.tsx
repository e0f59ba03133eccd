import { Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../shared/contract/units';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { formatArea } from '../holds/format';
import { UnitEditDialog, type UnitChanges } from './UnitEditDialog';
import { UnitImport } from './UnitImport';

/** The project's units (master data): import for manager and admin, withhold for the manager. */
export function UnitsPage() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const [wanted, setWanted] = useState<string | null>(null);
  const [editing, setEditing] = useState<UnitView | null>(null);
  const [version, setVersion] = useState(0);
  const action = useAction();

  // One building at a time (a project's 2,000 units are tens of buildings): the first until
  // another is chosen; the list of buildings is read again after an import.
  const buildingsAnswer = useLoaded('units.buildings', {}, { version });
  const buildings = buildingsAnswer.data ?? [];
  const building = wanted !== null && buildings.includes(wanted) ? wanted : (buildings[0] ?? null);
  const unitsAnswer = useLoaded(
    'units.list',
    { building: building ?? '' },
    { enabled: building !== null, version },
  );
  const units = building === null ? [] : (unitsAnswer.data ?? []);
  const changed = () => setVersion((v) => v + 1);

  async function toggle(u: UnitView) {
    await action.run(() => client.call('units.setWithheld', { unitId: u.id, withheld: !u.withheld }));
    changed();
  }

  async function save(unit: UnitView, changes: UnitChanges) {
    await client.call('units.update', { unitId: unit.id, ...changes }); // a refusal stays in the dialog
    setEditing(null);
    changed();
  }

  const canEdit = mayCall('units.update', roles);
  const columns: TableColumnsType<UnitView> = [
    { key: 'building', title: t('units.building'), dataIndex: 'building' },
    { key: 'unit', title: t('units.unit'), dataIndex: 'unit' },
    { key: 'floor', title: t('units.floor'), dataIndex: 'floor' },
    { key: 'room', title: t('units.room'), dataIndex: 'room' },
    { key: 'layout', title: t('units.layout'), dataIndex: 'layout' },
    { key: 'area', title: t('units.area'), render: (_, u) => formatArea(u.areaCenti) },
    { key: 'price', title: t('units.price'), render: (_, u) => formatFen(u.listPriceFen) },
    {
      key: 'withheld',
      title: t('units.withheld'),
      render: (_, u) =>
        mayCall('units.setWithheld', roles) ? (
          <RowButton
            label={t(u.withheld ? 'units.release' : 'units.withhold')}
            of={u.room}
            onClick={() => void toggle(u)}
          />
        ) : (
          u.withheld && <Tag>{t('units.withheld')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            title: t('units.actions'),
            render: (_: unknown, u: UnitView) => (
              <RowButton label={t('units.edit')} of={u.room} onClick={() => setEditing(u)} />
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.units')}</Typography.Title>
      <ErrorAlert from={[action, buildingsAnswer, unitsAnswer]} closable />
      {mayCall('units.import', roles) && <UnitImport onImported={changed} />}
      {buildings.length > 1 && (
        <Select<string>
          aria-label={t('units.building')}
          value={building ?? undefined}
          onChange={setWanted}
          style={{ minWidth: 120, marginBottom: 8 }}
          options={buildings.map((b) => ({ value: b, label: b }))}
        />
      )}
      <Table<UnitView>
        rowKey="id"
        columns={columns}
        dataSource={units}
        size="small"
        pagination={{ pageSize: 50 }}
      />
      {editing && (
        <UnitEditDialog
          unit={editing}
          onCancel={() => setEditing(null)}
          onSave={(changes) => save(editing, changes)}
        />
      )}
    </div>
  );
}
