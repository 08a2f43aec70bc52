import { Alert } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCycle } from './api/get-cycle.ts';
import { useFrameworkOptions } from './api/list-frameworks.ts';
import { CycleForm } from './CreateCyclePage.tsx';
import { cycleMessages as m } from './messages.ts';

function EditCycleLoader({ id }: { id: string }) {
  usePageTitle(m.edit);
  const cycle = useCycle(id);
  const frameworks = useFrameworkOptions();
  // The form starts again only when the officer asks to reload (after a 409). Keying it by the cycle's version
  // remounted it when its own save refetched the cycle, and the save's success (message, navigation) was lost.
  const [generation, setGeneration] = useState(0);
  if (cycle.isPending || frameworks.isPending) return <FullPageSpin />;
  if (cycle.isError) return <QueryError error={cycle.error} onRetry={() => cycle.refetch()} />;
  if (frameworks.isError) return <QueryError error={frameworks.error} onRetry={() => frameworks.refetch()} />;
  if (cycle.data.status === 'closed') return <Alert type="info" showIcon title={m.closedNotice} />;
  return (
    <CycleForm
      key={generation}
      frameworks={frameworks.data}
      editing={cycle.data}
      onStale={() => cycle.refetch().then(() => setGeneration((g) => g + 1))}
    />
  );
}

export default function EditCyclePage() {
  const { id = '' } = useParams();
  return (
    <RequireAction action="cycle:manage">
      <EditCycleLoader id={id} />
    </RequireAction>
  );
}
