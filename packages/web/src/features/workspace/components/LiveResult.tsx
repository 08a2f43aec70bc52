import { formatPointsVi } from '@xaso/domain/scoring/format';
import { Alert, Flex, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import type { LiveEvaluation } from '../item-values.ts';
import { VerdictTag } from './VerdictTag.tsx';

/** The verdict or points for what is typed right now, with the working and any disagreement. */
export function LiveResult({ evaluation, indicator }: { evaluation: LiveEvaluation; indicator: boolean }) {
  const { points, maxPoints } = evaluation;
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ background: '#f6f8fa', border: '1px solid #e5e7eb', borderRadius: 8, padding: 12 }}
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>
          {indicator ? vi.workspace.livePoints : vi.workspace.liveVerdict}:
        </Typography.Text>
        {indicator && points !== null ? (
          <Typography.Text strong style={{ fontSize: 18 }}>
            {maxPoints !== null
              ? vi.workspace.pointsOf(formatPointsVi(points), formatPointsVi(maxPoints))
              : formatPointsVi(points)}
          </Typography.Text>
        ) : (
          <VerdictTag verdict={evaluation.verdict} />
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        {vi.workspace.working}: {evaluation.explanation}
      </Typography.Text>
      {evaluation.errors.map((e) => (
        <Alert key={e} type="error" showIcon title={e} style={{ marginTop: 8 }} />
      ))}
      {evaluation.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginTop: 8 }} />
      ))}
    </div>
  );
}
