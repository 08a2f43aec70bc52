import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import type { Cycle } from '@xaso/domain/contracts/cycles';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Grid,
  Input,
  Space,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { CycleSubpage } from '../cycles/components/CycleSubpage.tsx';
import { matrixExportUrl, useMatrix } from './api/matrix.ts';
import { BulkAssignBar } from './components/BulkAssignBar.tsx';
import { EditRowModal } from './components/EditRowModal.tsx';
import { findRows, type MatrixRow } from './matrix-rows.ts';
import { responsibilityMessages as m } from './messages.ts';
import './matrix.css';

const names = (items: { name: string }[]) => (items.length ? items.map((i) => i.name).join('; ') : m.none);

function Matrix({ cycle }: { cycle: Cycle }) {
  const matrix = useMatrix(cycle.id);
  const isPhone = Grid.useBreakpoint().md === false;
  const [query, setQuery] = useState('');
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<MatrixRow | null>(null);
  const search = useDebouncedValue(query, 200);

  if (matrix.isPending) return <FullPageSpin />;
  if (matrix.isError) return <QueryError error={matrix.error} onRetry={() => matrix.refetch()} />;
  const data = matrix.data;
  const rows = findRows(data.rows, search, onlyUnassigned);
  const total = data.rows.length;
  const unassigned = new Set(data.unassigned);
  const reload = () => void matrix.refetch();

  const columns: TableProps<MatrixRow>['columns'] = [
    {
      title: m.criterion,
      key: 'criterion',
      fixed: 'left',
      width: isPhone ? 130 : 360,
      render: (_, row) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong>{row.criterion.code}</Typography.Text>
          <Typography.Text
            style={{ fontSize: 13 }}
            ellipsis={isPhone ? { tooltip: row.criterion.name } : false}
          >
            {row.criterion.name}
          </Typography.Text>
          {unassigned.has(row.criterion.code) && <Tag color="red">{m.notAssigned}</Tag>}
        </Flex>
      ),
    },
    { title: m.leadUnit, key: 'lead', width: 180, render: (_, row) => row.leadUnit?.name ?? m.none },
    {
      title: m.coordinatingUnits,
      key: 'units',
      width: 220,
      render: (_, row) => names(row.coordinatingUnits),
    },
    { title: m.partners, key: 'partners', width: 160, render: (_, row) => names(row.partners) },
    {
      title: m.member,
      key: 'member',
      width: 180,
      // Nobody yet: the criterion's cell already says so in red; red on the flagged row would be hard to read.
      render: (_, row) => row.responsibleMember?.displayName ?? m.none,
    },
    {
      title: vi.common.actions,
      key: 'actions',
      fixed: 'right',
      width: isPhone ? 56 : 90,
      render: (_, row) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(row)}
          aria-label={m.editOf(row.criterion.code)}
        >
          {isPhone ? null : m.edit}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {data.appraisalStarted && <Alert type="info" showIcon title={m.appraisalStarted} />}
      {unassigned.size > 0 ? (
        <Alert type="warning" showIcon title={m.unassignedCount(unassigned.size, total)} />
      ) : (
        <Alert type="success" showIcon title={m.allAssigned(total)} />
      )}
      <Flex gap={8} wrap align="center" justify="space-between">
        <Input.Search
          allowClear
          placeholder={m.search}
          aria-label={m.search}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ maxWidth: 420 }}
        />
        <Space wrap>
          <Checkbox checked={onlyUnassigned} onChange={(e) => setOnlyUnassigned(e.target.checked)}>
            {m.onlyUnassigned}
          </Checkbox>
          <Button icon={<DownloadOutlined />} href={matrixExportUrl(cycle.id)} download>
            {m.export}
          </Button>
        </Space>
      </Flex>
      <Table<MatrixRow>
        rowKey={(row) => row.criterion.code}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="small"
        loading={matrix.isFetching}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) => (unassigned.has(row.criterion.code) ? 'xaso-row-flagged' : '')}
        locale={{ emptyText: m.noMatch }}
        rowSelection={{
          selectedRowKeys: selected,
          // Rows hidden by the search stay selected: the count in the bar says how many are.
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
          columnWidth: 40,
          fixed: true,
        }}
      />
      <BulkAssignBar
        matrix={data}
        areaId={cycle.scope.id}
        selected={selected}
        onClearSelection={() => setSelected([])}
        onReload={reload}
      />
      {editing && (
        <EditRowModal
          key={editing.criterion.code}
          row={editing}
          matrix={data}
          areaId={cycle.scope.id}
          onReload={reload}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}

function ResponsibilitiesForCycle({ id }: { id: string }) {
  return (
    <CycleSubpage cycleId={id} texts={m}>
      {(cycle) => <Matrix cycle={cycle} />}
    </CycleSubpage>
  );
}

export default function ResponsibilitiesPage() {
  const { id = '' } = useParams();
  return (
    <RequireAction action="responsibility:manage">
      <ResponsibilitiesForCycle id={id} />
    </RequireAction>
  );
}
