import type { Workspace } from '@xaso/domain/contracts/assessments';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { useCycle } from '../../cycles/api/get-cycle.ts';
import { RegisterEarlyModal } from '../../cycles/components/RegisterEarlyModal.tsx';

/** For a commune that registered criteria early (Điều 3): says so, and lets it change the list while editable. */
export function RegistrationNote({ workspace, editable }: { workspace: Workspace; editable: boolean }) {
  const { assessment } = workspace;
  const cycle = useCycle(assessment.cycleId);
  const [changing, setChanging] = useState(false);
  if (assessment.registeredItems === null) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={vi.workspace.registeredEarly(assessment.registeredItems.length)}
      action={
        editable && cycle.data ? (
          <Button size="small" onClick={() => setChanging(true)}>
            {vi.workspace.changeRegistration}
          </Button>
        ) : undefined
      }
      description={
        changing && cycle.data ? (
          <RegisterEarlyModal
            cycle={cycle.data}
            communeId={assessment.commune.id}
            current={assessment.registeredItems}
            onClose={() => setChanging(false)}
          />
        ) : undefined
      }
    />
  );
}
