import { App, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useReopenAssessment } from '../api/reopen-assessment.ts';

interface Props {
  cycleId: string;
  assessmentId: string;
  communeName: string;
  onClose: () => void;
}

/** The office gives a commune more time after submission or after the deadline. */
export function ReopenModal({ cycleId, assessmentId, communeName, onClose }: Props) {
  const [form] = Form.useForm<{ until: ViDateValue }>();
  const reopen = useReopenAssessment(cycleId);
  const { message } = App.useApp();

  const onFinish = ({ until }: { until: ViDateValue }) => {
    // The rules let only an ISO day through to here.
    if (typeof until !== 'string') return;
    const iso = until;
    reopen.mutate(
      { assessmentId, until: iso },
      {
        onSuccess: () => {
          message.success(vi.cycles.reopened(communeName, formatDate(iso)));
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
      title={vi.cycles.reopenTitle(communeName)}
      okText={vi.cycles.reopen}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reopen.isPending}
    >
      <Typography.Paragraph>{vi.cycles.reopenHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ until: dayjs().add(7, 'day').format('YYYY-MM-DD') }}
      >
        <Form.Item
          label={vi.cycles.reopenUntil}
          name="until"
          rules={[{ required: true, message: vi.cycles.deadlineRequired }, ...viDateRules()]}
        >
          <ViDatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
