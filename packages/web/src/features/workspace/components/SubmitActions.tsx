import { RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { type EntryCounts, entryCounts } from '@xaso/domain/assessment/progress';
import { isOpen } from '@xaso/domain/assessment/workflow';
import type { Workspace } from '@xaso/domain/contracts/assessments';
import { App, Button, Modal, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSubmitAssessment } from '../api/submit-assessment.ts';
import { useWithdrawAssessment } from '../api/withdraw-assessment.ts';
import { progressMessages as p } from '../progress-messages.ts';

/** What is still missing, named: "are you sure" alone let a commune send a form with most items empty. */
function MissingList({ counts }: { counts: EntryCounts }) {
  const { criteria, indicators } = counts;
  const lines = [
    criteria.notEntered.length > 0 && {
      key: 'criteria',
      text: p.criteriaNotEntered(criteria.notEntered.length, criteria.total),
      codes: criteria.notEntered,
    },
    indicators.notEntered.length > 0 && {
      key: 'indicators',
      text: p.indicatorsNotEntered(indicators.notEntered.length, indicators.total),
      codes: indicators.notEntered,
    },
    criteria.withoutEvidence.length > 0 && {
      key: 'evidence',
      text: p.withoutEvidence(criteria.withoutEvidence.length, criteria.total),
      codes: criteria.withoutEvidence,
    },
  ].filter((line) => line !== false);
  if (lines.length === 0) return <Typography.Paragraph>{p.submitAllDone}</Typography.Paragraph>;
  return (
    <>
      <Typography.Paragraph strong>{p.submitMissing}</Typography.Paragraph>
      <ul aria-label={p.submitMissing} style={{ paddingInlineStart: 20 }}>
        {lines.map((line) => (
          <li key={line.key}>
            <Typography.Text strong>{line.text}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{p.codes(line.codes)}</Typography.Text>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The commune head sends the self-assessment, or takes it back to correct it before the deadline. */
export function SubmitActions({ workspace }: { workspace: Workspace }) {
  const { assessment } = workspace;
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitAssessment();
  const withdraw = useWithdrawAssessment();
  const { message } = App.useApp();
  const open = isOpen(assessment, dayjs().format('YYYY-MM-DD'));

  if (assessment.status === 'draft') {
    const counts = entryCounts(workspace.items);
    const missing =
      counts.criteria.notEntered.length +
      counts.indicators.notEntered.length +
      counts.criteria.withoutEvidence.length;
    return (
      <>
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submit.isPending}
          disabled={!assessment.editable}
          onClick={() => setConfirming(true)}
        >
          {vi.workspace.submit}
        </Button>
        <Modal
          open={confirming}
          title={p.submitTitle}
          okText={missing > 0 ? p.submitAnyway : vi.workspace.submit}
          cancelText={vi.common.cancel}
          confirmLoading={submit.isPending}
          onCancel={() => setConfirming(false)}
          onOk={() =>
            submit
              .mutateAsync(assessment.id)
              .then(() => message.success(vi.workspace.submitted))
              .catch((error: unknown) => message.error(errorMessage(error)))
              .finally(() => setConfirming(false))
          }
        >
          <MissingList counts={counts} />
          <Typography.Paragraph type="secondary">{p.submitAfter}</Typography.Paragraph>
        </Modal>
      </>
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
