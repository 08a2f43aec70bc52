import { RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { isOpen } from '@xaso/domain/assessment/workflow';
import type { Workspace } from '@xaso/domain/contracts/assessments';
import { App, Button, Popconfirm } from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSubmitAssessment } from '../api/submit-assessment.ts';
import { useWithdrawAssessment } from '../api/withdraw-assessment.ts';

/** The commune head sends the self-assessment, or takes it back to correct it before the deadline. */
export function SubmitActions({ workspace }: { workspace: Workspace }) {
  const { assessment, summary } = workspace;
  const submit = useSubmitAssessment();
  const withdraw = useWithdrawAssessment();
  const { message } = App.useApp();
  const open = isOpen(assessment, dayjs().format('YYYY-MM-DD'));

  if (assessment.status === 'draft') {
    // Keys: after submitting, the withdraw confirmation must start closed, not inherit this one's open state.
    return (
      <Popconfirm
        key="submit"
        title={vi.workspace.submitConfirm}
        description={
          <div style={{ maxWidth: 280 }}>
            {vi.workspace.submitConfirmDetail(summary.notEntered, summary.withoutEvidence)}
          </div>
        }
        okText={vi.workspace.submit}
        cancelText={vi.common.cancel}
        disabled={!assessment.editable}
        onConfirm={() =>
          submit
            .mutateAsync(assessment.id)
            .then(() => message.success(vi.workspace.submitted))
            .catch((error: unknown) => message.error(errorMessage(error)))
        }
      >
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submit.isPending}
          disabled={!assessment.editable}
        >
          {vi.workspace.submit}
        </Button>
      </Popconfirm>
    );
  }
  if (!open) return null;
  return (
    <Popconfirm
      key="withdraw"
      title={vi.workspace.withdrawConfirm}
      okText={vi.workspace.withdraw}
      cancelText={vi.common.cancel}
      onConfirm={() =>
        withdraw
          .mutateAsync(assessment.id)
          .then(() => message.success(vi.workspace.withdrawn))
          .catch((error: unknown) => message.error(errorMessage(error)))
      }
    >
      <Button icon={<RollbackOutlined />} loading={withdraw.isPending}>
        {vi.workspace.withdraw}
      </Button>
    </Popconfirm>
  );
}
