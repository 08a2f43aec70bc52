import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { formatPointsVi } from '@xaso/domain/scoring/format';
import { manualRangeText, manualUpperBound } from '@xaso/domain/scoring/score-indicator';
import { Checkbox, Form, Input, Radio } from 'antd';
import { ViNumberInput, viNumberItem } from '../../../lib/components/ViNumberInput.tsx';
import { workspaceMessages as m } from '../messages.ts';

/** The range a commune's own points must lie in: a manual rule's, else [0, maximum]; no top while unknown. */
function pointBounds(item: WorkspaceItem): { min: number; max?: number } {
  if (item.rule?.kind === 'manual') {
    const max = manualUpperBound(item.rule, item.maxPoints);
    return max === null ? { min: item.rule.min } : { min: item.rule.min, max };
  }
  return item.maxPoints === null ? { min: 0 } : { min: 0, max: item.maxPoints };
}

/**
 * An indicator's self-scored points (điểm tự chấm). On one scored by a person they are its score and need
 * their reason; elsewhere they are optional, only checked against the points computed from the figures.
 * "Chưa thực hiện" scores 0: points typed beside it are not cleared behind the officer's back, the check on
 * saving says to remove one or the other.
 */
export function SelfPointsFields({ item }: { item: WorkspaceItem }) {
  const manual = item.rule?.kind === 'manual' ? item.rule : null;
  const bounds = pointBounds(item);
  const hint = !manual
    ? m.selfPointsCheckHint
    : manualUpperBound(manual, item.maxPoints) === null
      ? m.selfPointsManualHintOpen(formatPointsVi(manual.min))
      : m.selfPointsManualHint(manualRangeText(manual, item.maxPoints));
  return (
    <>
      <Form.Item
        name="status"
        valuePropName="checked"
        getValueProps={(status: string | null) => ({ checked: status === 'not_started' })}
        normalize={(checked: boolean) => (checked ? 'not_started' : null)}
        style={{ marginBottom: 8 }}
      >
        <Checkbox>{m.notStarted}</Checkbox>
      </Form.Item>
      <Form.Item label={m.selfPoints} name="selfPoints" extra={hint} {...viNumberItem(bounds)}>
        <ViNumberInput {...bounds} />
      </Form.Item>
      {manual && (
        <Form.Item label={m.selfPointsReason} name="selfPointsReason" extra={m.selfPointsReasonHint}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
      )}
    </>
  );
}

/** A criterion with a qualitative target ("*"): the commune judges it Đạt / Chưa đạt and says on what grounds. */
export function SelfJudgementFields() {
  return (
    <>
      <Form.Item label={m.selfJudgement} name="selfJudgement" extra={m.selfJudgementHint}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'met', label: m.met },
            { value: 'not_met', label: m.notMet },
          ]}
        />
      </Form.Item>
      <Form.Item label={m.selfJudgementReason} name="selfJudgementReason">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
