import type { OrgUnitDetail as Detail } from '@xaso/domain/contracts/org-units';
import { Breadcrumb, Descriptions, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { OrgUnitTypeTag, orgUnitTypeLabel } from '../../../components/OrgUnitTypeTag.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { vi } from '../../../i18n/vi.ts';
import { formatDate } from '../../../lib/format.ts';
import { useOrgUnit } from '../api/get-org-unit.ts';
import { sortUnits } from '../sort-units.ts';

function validity(unit: Pick<Detail, 'validFrom' | 'validTo'>): string {
  if (!unit.validFrom && !unit.validTo) return vi.orgUnits.validAlways;
  return [
    unit.validFrom && vi.orgUnits.validFrom(formatDate(unit.validFrom)),
    unit.validTo && vi.orgUnits.validTo(formatDate(unit.validTo)),
  ]
    .filter(Boolean)
    .join(' ');
}

export function OrgUnitDetail({ id, onSelect }: { id: string | undefined; onSelect: (id: string) => void }) {
  const detail = useOrgUnit(id);
  if (!id) return <Empty description={vi.orgUnits.selectHint} />;
  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  const unit = detail.data;
  const children = sortUnits(unit.children);

  return (
    <article aria-labelledby="org-unit-title">
      {unit.ancestors.length > 0 && (
        <Breadcrumb
          items={unit.ancestors.map((a) => ({
            key: a.id,
            title: (
              <button type="button" className="xaso-link-button" onClick={() => onSelect(a.id)}>
                <span>{a.name}</span>
              </button>
            ),
          }))}
        />
      )}
      <Flex align="center" gap={8} wrap style={{ marginBlock: 8 }}>
        <Typography.Title id="org-unit-title" level={2} style={{ fontSize: 20, margin: 0 }}>
          {unit.name}
        </Typography.Title>
        <OrgUnitTypeTag unit={unit} />
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'code', label: vi.orgUnits.code, children: unit.gsoCode ?? vi.orgUnits.noCode },
          { key: 'type', label: vi.orgUnits.type, children: orgUnitTypeLabel(unit) },
          {
            key: 'parent',
            label: vi.orgUnits.parent,
            children: unit.ancestors.at(-1)?.name ?? vi.common.none,
          },
          { key: 'validity', label: vi.orgUnits.validity, children: validity(unit) },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {vi.orgUnits.children(children.length)}
      </Typography.Title>
      {children.length === 0 ? (
        <Typography.Paragraph>{vi.orgUnits.noChildren}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          bordered
          dataSource={children}
          rowKey="id"
          renderItem={(child) => (
            <List.Item>
              <button type="button" className="xaso-link-button" onClick={() => onSelect(child.id)}>
                <span>{child.name}</span>
              </button>
              <Flex gap={8} align="center">
                {child.gsoCode && <Typography.Text type="secondary">{child.gsoCode}</Typography.Text>}
                <OrgUnitTypeTag unit={child} />
              </Flex>
            </List.Item>
          )}
        />
      )}
    </article>
  );
}
