import { reopenCommunesRequestSchema } from '@xaso/domain/contracts/cycles';
import { App, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useReopenCommunes } from '../api/reopen-communes.ts';
import { cycleMessages as m } from '../messages.ts';

interface Props {
  cycleId: string;
  communes: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}

interface Values {
  communeIds: string[];
  until?: ViDateValue;
  reason?: string;
}

/**
 * The office reopens several communes at once, or all of them ("Chọn tất cả"), started or not, until a day from
 * today on, with a reason kept in the audit.
 */
export function ReopenManyModal({ cycleId, communes, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const reopen = useReopenCommunes(cycleId);
  const { message } = App.useApp();
  const chosen = (Form.useWatch('communeIds', form) as string[] | undefined) ?? [];
  const all = communes.map((c) => c.id);

  const onFinish = (values: Values) => {
    const parsed = reopenCommunesRequestSchema.safeParse({
      communeIds: values.communeIds,
      // The rules let only an ISO day or nothing through to here.
      until: typeof values.until === 'string' ? values.until : '',
      reason: values.reason ?? '',
    });
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((i) => ({ name: i.path as never, errors: [i.message] })));
      return;
    }
    reopen.mutate(
      { cycleId, body: parsed.data },
      {
        onSuccess: ({ reopened }) => {
          message.success(m.reopenedMany(reopened.length, formatDate(parsed.data.until)));
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={m.reopenManyTitle}
      okText={m.reopenSubmit(chosen.length)}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reopen.isPending}
      okButtonProps={{ disabled: chosen.length === 0 }}
    >
      <Typography.Paragraph>{m.reopenManyHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="reopen-many"
        onFinish={onFinish}
        initialValues={{ communeIds: [], until: dayjs().add(7, 'day').format('YYYY-MM-DD'), reason: '' }}
      >
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
          <Checkbox
            checked={chosen.length === all.length && all.length > 0}
            indeterminate={chosen.length > 0 && chosen.length < all.length}
            onChange={(e) => form.setFieldValue('communeIds', e.target.checked ? all : [])}
          >
            {m.reopenSelectAll(all.length)}
          </Checkbox>
          <Typography.Text type="secondary">{m.reopenSelected(chosen.length, all.length)}</Typography.Text>
        </Flex>
        <Form.Item
          label={m.reopenCommunes}
          name="communeIds"
          rules={[{ required: true, type: 'array', min: 1, message: m.reopenPickOne }]}
        >
          <Checkbox.Group
            style={{ maxHeight: 240, overflowY: 'auto', display: 'flex', flexDirection: 'column' }}
          >
            {communes.map((c) => (
              <Checkbox key={c.id} value={c.id}>
                {c.name}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          label={vi.cycles.reopenUntil}
          name="until"
          rules={[{ required: true, message: vi.cycles.deadlineRequired }, ...viDateRules()]}
        >
          <ViDatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          label={m.reopenReason}
          name="reason"
          rules={[{ required: true, whitespace: true, message: m.reopenReasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={m.reopenReasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
