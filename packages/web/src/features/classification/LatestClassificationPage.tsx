import { RequireAction } from '../../components/RequireAction.tsx';
import { LatestCycle } from '../cycles/components/LatestCycle.tsx';
import { classificationMessages as m } from './messages.ts';

/** The menu's "Phân loại tiêu chí": the latest cycle's classification. */
export default function LatestClassificationPage() {
  return (
    <RequireAction action="classification:read">
      <LatestCycle page="classification" empty={m.noCycle} />
    </RequireAction>
  );
}
