import { RequireAction } from '../../components/RequireAction.tsx';
import { LatestCycle } from '../cycles/components/LatestCycle.tsx';
import { responsibilityMessages as m } from './messages.ts';

/** The menu's "Phân công trách nhiệm": the latest cycle's matrix. */
export default function LatestResponsibilitiesPage() {
  return (
    <RequireAction action="responsibility:manage">
      <LatestCycle page="responsibilities" empty={m.noCycle} />
    </RequireAction>
  );
}
