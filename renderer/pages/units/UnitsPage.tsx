import { Button, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../shared/contract/units';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { formatArea } from '../holds/format';
import { UnitEditDialog, type UnitChanges } from './UnitEditDialog';
import { UnitImport } from './UnitImport';

/** The project's units (master data): import for manager and admin, withhold for the manager. */
export function UnitsPage() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [buildings, setBuildings] = useState<string[]>([]);
  const [wanted, setWanted] = useState<string | null>(null);
  const [building, setBuilding] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<UnitView | null>(null);

  // One building at a time (a project's 2,000 units are tens of buildings): the first until
  // another is chosen; the list of buildings is read again after an import.
  const load = useCallback(async () => {
    try {
      const all = await client.call('units.buildings', {});
      const shown = wanted !== null && all.includes(wanted) ? wanted : (all[0] ?? null);
      setBuildings(all);
      setBuilding(shown);
      setUnits(shown === null ? [] : await client.call('units.list', { building: shown }));
    } catch (failure) {
      setError(failure);
    }
  }, [client, wanted]);
  useEffect(() => {
    void load();
  }, [load]);

  async function toggle(u: UnitView) {
    setError(null);
    try {
      await client.call('units.setWithheld', { unitId: u.id, withheld: !u.withheld });
    } catch (failure) {
      setError(failure);
    }
    await load();
  }

  async function save(unit: UnitView, changes: UnitChanges) {
    setError(null);
    try {
      await client.call('units.update', { unitId: unit.id, ...changes });
      setEditing(null);
    } catch (failure) {
      setError(failure);
    }
    await load();
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
          <Button
            size="small"
            onClick={() => void toggle(u)}
            aria-label={`${t(u.withheld ? 'units.release' : 'units.withhold')} ${u.room}`}
          >
            {t(u.withheld ? 'units.release' : 'units.withhold')}
          </Button>
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
              <Button size="small" onClick={() => setEditing(u)} aria-label={`${t('units.edit')} ${u.room}`}>
                {t('units.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.units')}</Typography.Title>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      {mayCall('units.import', roles) && <UnitImport onImported={() => void load()} />}
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
