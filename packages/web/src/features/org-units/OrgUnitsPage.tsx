import { Card, Col, Row, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useOrgUnit } from './api/get-org-unit.ts';
import { OrgUnitDetail } from './components/OrgUnitDetail.tsx';
import { OrgUnitSearch } from './components/OrgUnitSearch.tsx';
import { OrgUnitTree } from './components/OrgUnitTree.tsx';

function OrgUnitBrowser() {
  const { id } = useParams();
  const navigate = useNavigate();
  const detail = useOrgUnit(id);
  usePageTitle(detail.data ? detail.data.name : vi.orgUnits.title);
  const select = (unitId: string) => navigate(`/org-units/${unitId}`);
  // Open the tree down to the selected unit, and the unit itself so its children show.
  const revealPath = detail.data
    ? [...detail.data.ancestors.map((a) => a.id), ...(detail.data.childCount > 0 ? [detail.data.id] : [])]
    : [];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {vi.orgUnits.title}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <OrgUnitSearch onSelect={select} />
              <OrgUnitTree selectedId={id} revealPath={revealPath} onSelect={select} />
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={vi.orgUnits.detail}>
            <OrgUnitDetail id={id} onSelect={select} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

export default function OrgUnitsPage() {
  return (
    <RequireAction action="orgUnit:read">
      <OrgUnitBrowser />
    </RequireAction>
  );
}
