import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEvent,
} from '@xaso/domain/contracts/audit';
import { Card, Col, Flex, Row, Select, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useAuditEvents } from './api/list-audit-events.ts';

const PAGE_SIZE = 20;

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      <pre className="xaso-json">{value === undefined ? vi.common.none : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

function AuditLog() {
  usePageTitle(vi.audit.title);
  const [action, setAction] = useState<AuditAction | undefined>();
  const [page, setPage] = useState(1);
  const events = useAuditEvents({ action, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const columns: TableProps<AuditEvent>['columns'] = [
    { title: vi.audit.at, dataIndex: 'at', render: (at: string) => formatDateTime(at), width: 150 },
    {
      title: vi.audit.actor,
      key: 'actor',
      render: (_, event) => event.actor?.username ?? vi.audit.system,
    },
    { title: vi.audit.action, dataIndex: 'action', render: (a: AuditAction) => AUDIT_ACTION_LABELS[a] },
    {
      title: vi.audit.entity,
      key: 'entity',
      render: (_, event) => (
        <span>
          {vi.audit.entityTypes[event.entityType] ?? event.entityType}
          {event.entityId && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} copyable>
              {event.entityId}
            </Typography.Text>
          )}
        </span>
      ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {vi.audit.title}
        </Typography.Title>
        <Select<AuditAction>
          aria-label={vi.audit.filterAction}
          allowClear
          placeholder={vi.audit.allActions}
          value={action}
          onChange={(value) => {
            setAction(value);
            setPage(1);
          }}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
          style={{ minWidth: 240 }}
        />
      </Flex>
      {events.isError ? (
        <QueryError error={events.error} onRetry={() => events.refetch()} />
      ) : (
        <Table<AuditEvent>
          rowKey="id"
          columns={columns}
          dataSource={events.data?.items}
          loading={events.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          expandable={{
            expandedRowRender: (event) => (
              <Row gutter={[16, 8]}>
                <Col xs={24} md={12}>
                  <Json label={vi.audit.before} value={event.payload.before} />
                </Col>
                <Col xs={24} md={12}>
                  <Json label={vi.audit.after} value={event.payload.after} />
                </Col>
              </Row>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: events.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => vi.audit.total(total),
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}

export default function AuditPage() {
  return (
    <RequireAction action="audit:read">
      <AuditLog />
    </RequireAction>
  );
}
