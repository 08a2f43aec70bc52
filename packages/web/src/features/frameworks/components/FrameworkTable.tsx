import type { FrameworkDetail } from '@xaso/domain/contracts/frameworks';
import { Grid, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { maxPointsText, measureText, ruleText, targetText } from '../format-framework.ts';
import { ProvenanceTag } from './ProvenanceTag.tsx';

type Framework = FrameworkDetail['framework'];
type Item = Framework['groups'][number]['items'][number];
const NAME_MIN_WIDTH = 280;

type Column = NonNullable<TableProps<Row>['columns']>[number];
type Row = { key: string; group: { code: string; name: string } } | { key: string; item: Item };

/** One framework laid out like the decision's annex: a full-width row per group, then its items. */
export function FrameworkTable({ framework }: { framework: Framework }) {
  // On a phone only the code and the name are columns; the rest is written under the name.
  const compact = Grid.useBreakpoint().md === false;
  const rows: Row[] = framework.groups.flatMap((group) => [
    { key: `g:${group.code}`, group: { code: group.code, name: group.name } },
    ...group.items.map((item) => ({ key: `i:${item.code}`, item })),
  ]);

  // A group row spans the whole table: its first cell takes every column, the others none.
  const span = { columns: 0 };
  const itemColumn = (column: Omit<Column, 'render'> & { render: (item: Item) => ReactNode }): Column => ({
    ...column,
    onCell: (row) => ('group' in row ? { colSpan: 0 } : {}),
    render: (_, row) => ('item' in row ? column.render(row.item) : null),
  });

  const columns: Column[] = [
    {
      title: vi.frameworks.code,
      key: 'code',
      width: 56,
      onCell: (row) => ('group' in row ? { colSpan: span.columns } : {}),
      render: (_, row) =>
        'group' in row ? (
          <strong>
            {row.group.code}. {row.group.name}
          </strong>
        ) : (
          row.item.code
        ),
    },
    itemColumn({
      title: vi.frameworks.itemName,
      key: 'name',
      className: 'xaso-fw-name',
      render: (item) => {
        const measure = measureText(item);
        return (
          <>
            <div>{item.name}</div>
            {measure && <div className="xaso-fw-extra">{measure}</div>}
            {item.guidance && (
              <div className="xaso-fw-extra">{vi.frameworks.evidence(item.guidance.evidence)}</div>
            )}
            {compact && <CompactDetails item={item} framework={framework} />}
          </>
        );
      },
    }),
    itemColumn({
      title: vi.frameworks.unit,
      key: 'unit',
      width: 80,
      render: (item) => item.unit ?? '',
    }),
    ...(framework.kind === 'criteria'
      ? [
          ...framework.years.map((year) =>
            itemColumn({
              title: vi.frameworks.targetYear(year),
              key: `target:${year}`,
              width: 96,
              render: (item) => targetText(item.targets[String(year)], item),
            }),
          ),
          itemColumn({
            title: vi.frameworks.dependency,
            key: 'dependency',
            width: 110,
            render: (item) => (item.dependency ? vi.frameworks.dependencies[item.dependency] : ''),
          }),
        ]
      : [
          itemColumn({
            title: vi.frameworks.maxPoints,
            key: 'maxPoints',
            width: 90,
            align: 'right' as const,
            render: (item) =>
              item.maxPoints === null ? (
                <Typography.Text type="secondary">{maxPointsText(null)}</Typography.Text>
              ) : (
                maxPointsText(item.maxPoints)
              ),
          }),
          itemColumn({
            title: vi.frameworks.rule,
            key: 'rule',
            width: 220,
            render: (item) => ruleText(item.rule),
          }),
        ]),
    itemColumn({
      title: vi.frameworks.provenance,
      key: 'provenance',
      width: 104,
      render: (item) => (
        <>
          <ProvenanceTag provenance={item.provenance} />
          {/* The tooltip does not print; the source does. */}
          <div className="xaso-print-only xaso-fw-extra">{item.provenance.source}</div>
        </>
      ),
    }),
  ];
  const visible = compact ? columns.filter((c) => c.key === 'code' || c.key === 'name') : columns;
  span.columns = visible.length;
  // Fixed layout: every column but the name has a width, the name takes the rest (at least NAME_MIN_WIDTH).
  const fixedWidth = visible.reduce(
    (sum, column) => sum + (typeof column.width === 'number' ? column.width : 0),
    0,
  );

  return (
    <Table<Row>
      className="xaso-fw-table"
      rowKey="key"
      columns={visible}
      dataSource={rows}
      pagination={false}
      size="small"
      bordered
      tableLayout="fixed"
      scroll={compact ? undefined : { x: fixedWidth + NAME_MIN_WIDTH }}
      rowClassName={(row) => ('group' in row ? 'xaso-fw-group-row' : 'xaso-fw-item-row')}
    />
  );
}

/** The columns a phone leaves out, as short lines under the item's name. */
function CompactDetails({ item, framework }: { item: Item; framework: Framework }) {
  const t = vi.frameworks;
  const lines: [string, ReactNode][] = [];
  if (item.unit) lines.push([t.unit, item.unit]);
  if (framework.kind === 'criteria') {
    for (const year of framework.years) {
      lines.push([t.targetYear(year), targetText(item.targets[String(year)], item) || t.noTarget]);
    }
    if (item.dependency) lines.push([t.dependency, t.dependencies[item.dependency]]);
  } else {
    lines.push([t.maxPoints, maxPointsText(item.maxPoints)], [t.rule, ruleText(item.rule)]);
  }
  lines.push([t.provenance, <ProvenanceTag key="p" provenance={item.provenance} />]);
  return (
    <dl className="xaso-fw-compact">
      {lines.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
