import type { FrameworkDetail } from '@xaso/domain/contracts/frameworks';
import type { ComparedField, ComparisonRow, ComparisonStatus } from '@xaso/domain/framework/compare';
import { Table, type TableProps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { maxPointsText, measureText, ruleText, targetText } from '../format-framework.ts';

type Framework = FrameworkDetail['framework'];

// Dark enough for white text on any row background (antd's light presets fail the contrast check here).
const STATUS_COLORS: Record<ComparisonStatus, string> = {
  added: '#237804',
  removed: '#a8071a',
  changed: '#0958d9',
  same: 'default',
};

function Line({ changed, children }: { changed: boolean; children: ReactNode }) {
  return <div className={changed ? 'xaso-diff-mark' : undefined}>{children}</div>;
}

/** One side of a row: the item as that framework states it, with the lines that differ marked. */
function Side({
  row,
  side,
  framework,
}: {
  row: ComparisonRow;
  side: 'left' | 'right';
  framework: Framework;
}) {
  const item = row[side];
  if (!item) return <Typography.Text type="secondary">{vi.frameworks.absent}</Typography.Text>;
  const changed = (field: ComparedField) => row.changes.includes(field);
  const group = side === 'left' ? row.leftGroup : row.rightGroup;
  return (
    <>
      <Line changed={changed('name')}>
        <strong>{item.name}</strong>
      </Line>
      <div className="xaso-fw-extra">
        <Line changed={changed('group')}>{vi.frameworks.groupOf(group ?? '')}</Line>
        {item.unit && <Line changed={changed('unit')}>{vi.frameworks.unitOf(item.unit)}</Line>}
        {changed('measure') && <Line changed>{measureText(item) ?? vi.frameworks.fields.measure}</Line>}
        {framework.kind === 'criteria' ? (
          framework.years.map((year) => (
            <Line key={year} changed={row.changedYears.some((pair) => pair[side] === year)}>
              {vi.frameworks.targetYear(year)}:{' '}
              {targetText(item.targets[String(year)], item) || vi.frameworks.noTarget}
            </Line>
          ))
        ) : (
          <>
            <Line changed={changed('maxPoints')}>
              {vi.frameworks.pointsOf(maxPointsText(item.maxPoints))}
            </Line>
            <Line changed={changed('rule')}>
              {vi.frameworks.rule}: {ruleText(item.rule)}
            </Line>
          </>
        )}
      </div>
    </>
  );
}

function changeSummary(row: ComparisonRow): string {
  const fields = row.changes.map((field) =>
    field === 'targets'
      ? vi.frameworks.targetsOfYears(
          row.changedYears
            .map((pair) => (pair.left === pair.right ? pair.left : `${pair.left}→${pair.right}`))
            .join(', '),
        )
      : vi.frameworks.fields[field],
  );
  return vi.frameworks.changedFields(fields.join(', '));
}

export function ComparisonTable(props: {
  rows: ComparisonRow[];
  left: Framework;
  right: Framework;
  leftLabel: string;
  rightLabel: string;
}) {
  const { rows, left, right, leftLabel, rightLabel } = props;
  const columns: TableProps<ComparisonRow>['columns'] = [
    { title: vi.frameworks.code, dataIndex: 'code', width: 64 },
    {
      title: vi.frameworks.status,
      key: 'status',
      width: 150,
      render: (_, row) => (
        <>
          <Tag color={STATUS_COLORS[row.status]}>{vi.frameworks.statuses[row.status]}</Tag>
          {row.status === 'changed' && <div className="xaso-fw-extra">{changeSummary(row)}</div>}
        </>
      ),
    },
    { title: leftLabel, key: 'left', render: (_, row) => <Side row={row} side="left" framework={left} /> },
    {
      title: rightLabel,
      key: 'right',
      render: (_, row) => <Side row={row} side="right" framework={right} />,
    },
  ];
  return (
    <Table<ComparisonRow>
      rowKey="code"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      bordered
      tableLayout="fixed"
      scroll={{ x: 820 }}
      rowClassName={(row) => `xaso-fw-item-row xaso-diff-${row.status}`}
    />
  );
}
