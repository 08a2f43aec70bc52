import { PASSWORD_MIN_LENGTH } from '@xaso/domain/contracts/auth';
import { resetPasswordRequestSchema, type User } from '@xaso/domain/contracts/users';
import { Alert, App, Form, Input, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useResetPassword } from '../api/reset-password.ts';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  const { message } = App.useApp();

  const onFinish = ({ password }: { password: string }) => {
    reset.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          message.success(vi.users.passwordReset);
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={vi.users.resetPasswordTitle(user.username)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
    >
      {reset.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(reset.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" name="reset-password" onFinish={onFinish}>
        <Form.Item
          label={vi.users.newPassword}
          name="password"
          rules={[zodRule(resetPasswordRequestSchema.shape.password)]}
          extra={vi.auth.passwordHint(PASSWORD_MIN_LENGTH)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
