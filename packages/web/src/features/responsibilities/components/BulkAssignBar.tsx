import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { App, Button, Drawer, Flex, Form, Grid, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useBulkAssign } from '../api/matrix.ts';
import { assignmentFieldErrors } from '../assignment-errors.ts';
import { type AssignmentValues, bulkPatch } from '../matrix-rows.ts';
import { responsibilityMessages as m } from '../messages.ts';
import { AssignmentError } from './AssignmentError.tsx';
import { AssignmentFields } from './AssignmentFields.tsx';

/**
 * The bar under the matrix that assigns the same lead unit, coordinating units, partners or member to every
 * selected criterion. It sticks to the bottom of the screen, so it stays in reach while the office scrolls
 * the table; on a phone it holds the count and a button, the pickers open in a drawer from below.
 */
export function BulkAssignBar({
  matrix,
  areaId,
  selected,
  onClearSelection,
  onReload,
}: {
  matrix: MatrixResponse;
  areaId: string;
  selected: string[];
  onClearSelection: () => void;
  onReload: () => void;
}) {
  const [form] = Form.useForm<AssignmentValues>();
  const { message } = App.useApp();
  const assign = useBulkAssign(matrix.cycleId);
  const isPhone = Grid.useBreakpoint().md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const n = selected.length;

  const submit = (values: AssignmentValues) => {
    const patch = bulkPatch(values);
    if (Object.keys(patch).length === 0) return void message.warning(m.bulkNothing);
    assign.mutate(
      { criterionCodes: selected, patch, expectedVersion: matrix.version },
      {
        onSuccess: () => {
          message.success(m.bulkDone(n));
          form.resetFields();
          setDrawerOpen(false);
          onClearSelection();
        },
        onError: (error) => form.setFields(assignmentFieldErrors(error) as never),
      },
    );
  };

  const submitButton = (
    <Button type="primary" htmlType="submit" loading={assign.isPending} disabled={n === 0}>
      {m.bulkSubmit(n)}
    </Button>
  );
  const fields = (columns: 1 | 4): ReactNode => (
    <Form<AssignmentValues> form={form} layout="vertical" name="bulk-assign" onFinish={submit}>
      {columns === 1 && <Typography.Paragraph type="secondary">{m.bulkHint}</Typography.Paragraph>}
      <AssignmentError
        error={assign.error}
        onReload={() => {
          assign.reset();
          onReload();
        }}
      />
      <AssignmentFields
        choices={matrix.choices}
        areaId={areaId}
        cycleId={matrix.cycleId}
        columns={columns}
        action={columns === 4 ? submitButton : undefined}
      />
      {columns === 1 && submitButton}
    </Form>
  );

  const count = (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{n > 0 ? m.selected(n) : m.selectHint}</Typography.Text>
      {n > 0 && (
        <Button size="small" onClick={onClearSelection}>
          {m.clearSelection}
        </Button>
      )}
      {n > 0 && !isPhone && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {m.bulkHint}
        </Typography.Text>
      )}
    </Flex>
  );

  return (
    // zIndex: above the table's fixed columns, which antd lifts over the rows.
    <section aria-label={m.bulkTitle(n)} className="xaso-sticky-actions" style={{ zIndex: 10 }}>
      {isPhone ? (
        <Flex gap={8} align="center" justify="space-between" wrap>
          {count}
          <Button type="primary" disabled={n === 0} onClick={() => setDrawerOpen(true)}>
            {m.bulkOpen(n)}
          </Button>
          <Drawer
            title={m.bulkTitle(n)}
            placement="bottom"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size="85%"
            forceRender
          >
            {fields(1)}
          </Drawer>
        </Flex>
      ) : (
        <Flex vertical gap={4}>
          {count}
          {n > 0 && fields(4)}
        </Flex>
      )}
    </section>
  );
}
