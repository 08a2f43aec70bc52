import { Card, Empty, List, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** The menu's "Minh chứng": straight to the library of the user's commune, or a choice when they have several. */
function MyEvidence() {
  usePageTitle(vi.evidence.title);
  const user = useCurrentUser();
  const communes = [
    ...new Map(
      user.roles
        .filter(
          (r) => (r.role === 'commune_officer' || r.role === 'commune_head') && r.orgUnit.type === 'commune',
        )
        .map((r) => [r.orgUnit.id, r.orgUnit]),
    ).values(),
  ];
  if (communes.length === 1 && communes[0])
    return <Navigate to={`/communes/${communes[0].id}/evidence`} replace />;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {vi.evidence.pickCommune}
      </Typography.Title>
      {communes.length === 0 ? (
        <Empty description={vi.evidence.noCommune} />
      ) : (
        <List
          dataSource={communes}
          renderItem={(unit) => (
            <List.Item>
              <Link to={`/communes/${unit.id}/evidence`}>{unit.name}</Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export default function MyEvidencePage() {
  return (
    <RequireAction action="evidence:manage">
      <MyEvidence />
    </RequireAction>
  );
}
