import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { App, Form, Modal, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { useBulkAssign } from '../api/matrix.ts';
import { assignmentFieldErrors } from '../assignment-errors.ts';
import { type AssignmentValues, type MatrixRow, rowPatch, rowValues } from '../matrix-rows.ts';
import { responsibilityMessages as m } from '../messages.ts';
import { AssignmentError } from './AssignmentError.tsx';
import { AssignmentFields } from './AssignmentFields.tsx';

/**
 * One criterion's assignment, every field as it stands; saved as a patch of that one criterion. A conflict
 * keeps the dialog and its values open, with a button that reloads the table under it.
 */
export function EditRowModal({
  row,
  matrix,
  areaId,
  onReload,
  onClose,
}: {
  row: MatrixRow;
  matrix: MatrixResponse;
  areaId: string;
  onReload: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AssignmentValues>();
  const { message } = App.useApp();
  const assign = useBulkAssign(matrix.cycleId);
  const code = row.criterion.code;

  const submit = (values: AssignmentValues) =>
    assign.mutate(
      { criterionCodes: [code], patch: rowPatch(values), expectedVersion: matrix.version },
      {
        onSuccess: () => {
          message.success(m.rowSaved(code));
          onClose();
        },
        onError: (error) => form.setFields(assignmentFieldErrors(error) as never),
      },
    );

  return (
    <Modal
      open
      title={m.editOf(code)}
      onCancel={onClose}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      width={560}
    >
      <Typography.Paragraph type="secondary">{row.criterion.name}</Typography.Paragraph>
      <AssignmentError
        error={assign.error}
        onReload={() => {
          assign.reset();
          onReload();
        }}
      />
      <Form<AssignmentValues>
        form={form}
        layout="vertical"
        name="edit-responsibility"
        initialValues={rowValues(row)}
        onFinish={submit}
      >
        <AssignmentFields choices={matrix.choices} areaId={areaId} cycleId={matrix.cycleId} />
      </Form>
    </Modal>
  );
}
