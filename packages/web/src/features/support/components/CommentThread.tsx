import type { SupportRequestView } from '@xaso/domain/contracts/steering';
import { ACTOR_KIND_LABELS } from '@xaso/domain/steering/support-request';
import { Alert, App, Button, Empty, Flex, Form, Input, Typography } from 'antd';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAddSupportComment } from '../api/support-events.ts';
import { supportMessages as m } from '../messages.ts';

/** The thread, oldest first, and a box to add to it while the request is open. */
export function CommentThread({ request }: { request: SupportRequestView }) {
  const [form] = Form.useForm<{ body: string }>();
  const add = useAddSupportComment();
  const { message } = App.useApp();

  const onFinish = ({ body }: { body: string }) =>
    add.mutate(
      { id: request.id, body: body.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(m.commentSent);
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
        },
      },
    );

  return (
    <Flex vertical gap={12}>
      {request.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noComments} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {request.comments.map((c) => (
            <li key={c.id} style={{ borderBottom: '1px solid #f0f0f0', paddingBlock: 8 }}>
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{c.author.displayName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ACTOR_KIND_LABELS[c.authorKind]} · {formatDateTime(c.createdAt)}
                </Typography.Text>
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {c.body}
              </Typography.Paragraph>
            </li>
          ))}
        </ul>
      )}
      {request.you.mayComment ? (
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} name="support-comment">
          <Form.Item
            label={m.commentLabel}
            name="body"
            rules={[{ required: true, whitespace: true, message: m.commentRequired }]}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={4000}
              placeholder={m.commentPlaceholder}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {m.commentSend}
          </Button>
        </Form>
      ) : (
        request.status === 'closed' && <Alert type="info" showIcon title={m.commentsClosed} />
      )}
    </Flex>
  );
}
