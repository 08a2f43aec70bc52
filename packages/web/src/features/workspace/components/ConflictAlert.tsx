import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { Alert, Button, Flex, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { describeResult } from '../item-values.ts';

interface Props {
  item: WorkspaceItem;
  current: NonNullable<WorkspaceItem['result']>;
  saving: boolean;
  onUseTheirs: () => void;
  onOverwrite: () => void;
}

/** Someone saved this item after the form was opened: show their value; the user chooses, nothing is lost. */
export function ConflictAlert({ item, current, saving, onUseTheirs, onOverwrite }: Props) {
  return (
    <Alert
      type="warning"
      role="alert"
      showIcon
      title={vi.workspace.conflictTitle(item.kind)}
      description={
        <Flex vertical gap={8}>
          <Typography.Text>
            {vi.workspace.conflictDetail(current.updatedBy, formatDateTime(current.updatedAt))}
          </Typography.Text>
          <Typography.Text strong>{describeResult(item, current)}</Typography.Text>
          <Flex gap={8} wrap>
            <Button size="small" onClick={onUseTheirs} disabled={saving}>
              {vi.workspace.conflictUseTheirs}
            </Button>
            <Button size="small" danger onClick={onOverwrite} loading={saving}>
              {vi.workspace.conflictOverwrite}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
