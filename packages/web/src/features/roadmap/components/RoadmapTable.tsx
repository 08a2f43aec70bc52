import type { RoadmapResponse } from '@xaso/domain/contracts/steering';
import { Flex, Grid, Radio, Table, type TableProps, Tag, Typography } from 'antd';
import { roadmapMessages as m } from '../messages.ts';
import { countsOnScreen, type RoadmapDraft, shownYear } from '../roadmap-draft.ts';

type Row = RoadmapResponse['rows'][number];

/** Marks a cell the office changed and has not saved yet. */
const CHANGED = { background: '#fffbe6' } as const;

/**
 * The year-by-commune table: one row per commune, one column per year, a radio per cell (one year per commune:
 * the radios of a row are one group, arrow keys move along it), the counts per year in the footer.
 */
export function RoadmapTable({
  rows,
  years,
  draft,
  disabled,
  onEdit,
}: {
  rows: Row[];
  years: number[];
  draft: RoadmapDraft;
  disabled: boolean;
  onEdit: (row: Row, year: number | null) => void;
}) {
  const counts = countsOnScreen(rows, draft, years);
  const isPhone = Grid.useBreakpoint().md === false;
  const edited = (row: Row) => draft.has(row.communeUnitId) && draft.get(row.communeUnitId) !== row.year;

  const cell = (year: number | null) => (row: Row) => {
    const checked = shownYear(row, draft) === year;
    const changed = edited(row) && (checked || row.year === year);
    return {
      style: changed ? CHANGED : undefined,
      // Screen readers hear which cells hold an unsaved change; sighted users see the colour.
      title: changed ? m.changed : undefined,
    };
  };
  const radio = (row: Row, year: number | null) => (
    <Radio
      name={`year-${row.communeUnitId}`}
      checked={shownYear(row, draft) === year}
      disabled={disabled}
      onChange={() => onEdit(row, year)}
      aria-label={year === null ? m.noneLabel(row.name) : m.cellLabel(row.name, year)}
    />
  );

  const columns: TableProps<Row>['columns'] = [
    {
      title: m.commune,
      key: 'commune',
      fixed: 'left',
      width: isPhone ? 120 : 200,
      render: (_, row) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong={edited(row)}>{row.name}</Typography.Text>
          {row.gsoCode && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.gso(row.gsoCode)}
            </Typography.Text>
          )}
          {row.recognisedYear !== null && <Tag color="green">{m.recognised(row.recognisedYear)}</Tag>}
        </Flex>
      ),
    },
    ...years.map((year) => ({
      title: m.yearColumn(year),
      key: String(year),
      align: 'center' as const,
      width: 90,
      onCell: cell(year),
      render: (_: unknown, row: Row) => radio(row, year),
    })),
    {
      title: m.none,
      key: 'none',
      align: 'center',
      width: 100,
      onCell: cell(null),
      render: (_, row) => radio(row, null),
    },
  ];

  return (
    <Table<Row>
      rowKey="communeUnitId"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="small"
      bordered
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: m.empty }}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{m.countRow}</Typography.Text>
            </Table.Summary.Cell>
            {years.map((year, i) => (
              <Table.Summary.Cell index={i + 1} key={year} align="center">
                <Typography.Text strong>{counts.byYear[i]}</Typography.Text>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={years.length + 1} align="center">
              <Typography.Text strong type={counts.unscheduled > 0 ? 'warning' : undefined}>
                {counts.unscheduled}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
