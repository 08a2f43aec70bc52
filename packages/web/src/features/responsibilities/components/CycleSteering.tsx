import { PieChartOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../lib/session.ts';
import { classificationMessages } from '../../classification/messages.ts';
import { responsibilityMessages as m } from '../messages.ts';
import { UnassignedWarning } from './UnassignedWarning.tsx';

/** On a cycle's page: the way to its matrix and classification, and the flag of criteria nobody answers for. */
export function CycleSteering({ cycleId, unassigned }: { cycleId: string; unassigned: number }) {
  const canAssign = useCan('responsibility:manage');
  const canClassify = useCan('classification:read');
  if (!canAssign && !canClassify) return null;
  return (
    <>
      {canAssign && <UnassignedWarning cycleId={cycleId} count={unassigned} />}
      <Space wrap size={8} style={{ marginBottom: 16 }}>
        {canAssign && (
          <Link to={`/cycles/${cycleId}/responsibilities`}>
            <Button icon={<SolutionOutlined />}>{m.title}</Button>
          </Link>
        )}
        {canClassify && (
          <Link to={`/cycles/${cycleId}/classification`}>
            <Button icon={<PieChartOutlined />}>{classificationMessages.title}</Button>
          </Link>
        )}
      </Space>
    </>
  );
}
