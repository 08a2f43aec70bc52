import { changePasswordRequestSchema, PASSWORD_MIN_LENGTH } from '@xaso/domain/contracts/auth';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodRule } from '../../lib/form.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { type ChangePasswordRequest, useChangePassword } from './api/change-password.ts';

type Values = ChangePasswordRequest & { confirm: string };

export default function ChangePasswordPage() {
  usePageTitle(vi.auth.changePassword);
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { message } = App.useApp();

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(vi.auth.passwordChanged);
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {vi.auth.changePassword}
      </Typography.Title>
      {change.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(change.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending}>
        <Form.Item
          label={vi.auth.currentPassword}
          name="currentPassword"
          rules={[zodRule(changePasswordRequestSchema.shape.currentPassword)]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={vi.auth.newPassword}
          name="newPassword"
          extra={vi.auth.passwordHint(PASSWORD_MIN_LENGTH)}
          rules={[zodRule(changePasswordRequestSchema.shape.newPassword)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={vi.auth.confirmPassword}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value) => {
                if (value !== getFieldValue('newPassword')) throw new Error(vi.auth.confirmMismatch);
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {vi.auth.changePassword}
        </Button>
      </Form>
    </Card>
  );
}
