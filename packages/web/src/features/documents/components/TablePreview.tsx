import type { Table as ModelTable } from '@xaso/domain/documents/model';
import { Table, Typography } from 'antd';

type Row = ModelTable['rows'][number] & { key: number };

const ROW_STYLE: Record<Row['kind'], React.CSSProperties | undefined> = {
  group: { fontWeight: 600, background: '#f0f5ff' },
  subtotal: { fontWeight: 600, fontStyle: 'italic' },
  total: { fontWeight: 700, background: '#fafafa' },
  item: undefined,
};

/** One table of the document model on screen: the same rows and columns the Word and Excel files get. */
export function TablePreview({ table }: { table: ModelTable }) {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  return (
    <div>
      {table.titleLines.map((line, i) => (
        <Typography.Paragraph
          key={line}
          strong={i < 2}
          italic={line.startsWith('(')}
          style={{ textAlign: 'center', marginBottom: 2 }}
        >
          {line}
        </Typography.Paragraph>
      ))}
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={table.rows.map((r, i) => ({ ...r, key: i }))}
        onRow={(row) => ({ style: ROW_STYLE[row.kind] })}
        columns={table.columns.map((c) => ({
          key: c.key,
          title: c.header,
          align: c.align,
          width: `${((c.width / total) * 100).toFixed(1)}%`,
          render: (_: unknown, row: Row) => (
            <span style={{ whiteSpace: 'pre-line' }}>{row.cells[c.key]?.text ?? ''}</span>
          ),
        }))}
      />
      {table.footerLines.map((line) => (
        <Typography.Paragraph key={line} strong style={{ marginTop: 8 }}>
          {line}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
