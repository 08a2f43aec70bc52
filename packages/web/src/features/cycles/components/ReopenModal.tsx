import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
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
  const [form] = Form.useForm<{ until: Dayjs }>();
  const reopen = useReopenAssessment(cycleId);
  const { message } = App.useApp();

  const onFinish = ({ until }: { until: Dayjs }) => {
    const iso = until.format('YYYY-MM-DD');
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
        initialValues={{ until: dayjs().add(7, 'day') }}
      >
        <Form.Item
          label={vi.cycles.reopenUntil}
          name="until"
          rules={[{ required: true, message: vi.cycles.deadlineRequired }]}
        >
          <DatePicker
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
