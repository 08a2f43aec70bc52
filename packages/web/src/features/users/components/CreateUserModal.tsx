import { PASSWORD_MIN_LENGTH } from '@xaso/domain/contracts/auth';
import { type CreateUserRequest, createUserRequestSchema } from '@xaso/domain/contracts/users';
import { Alert, App, Form, Input, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useCreateUser } from '../api/create-user.ts';
import { EmailField } from './EmailField.tsx';
import { RoleRowsField } from './RoleRowsField.tsx';

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateUserRequest>();
  const create = useCreateUser();
  const { message } = App.useApp();
  const shape = createUserRequestSchema.shape;

  const close = () => {
    create.reset();
    form.resetFields();
    onClose();
  };

  const onFinish = (values: CreateUserRequest) => {
    create.mutate(
      { ...values, roles: values.roles ?? [] },
      {
        onSuccess: (user) => {
          message.success(vi.users.created(user.username));
          close();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={vi.users.createTitle}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      forceRender
      width={720}
    >
      {create.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(create.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="create-user"
        onFinish={onFinish}
        initialValues={{ roles: [{}] }}
        autoComplete="off"
      >
        <Form.Item label={vi.users.username} name="username" rules={[zodRule(shape.username)]}>
          <Input autoComplete="off" autoCapitalize="none" />
        </Form.Item>
        <Form.Item label={vi.users.displayName} name="displayName" rules={[zodRule(shape.displayName)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={vi.users.password}
          name="password"
          rules={[zodRule(shape.password)]}
          extra={vi.auth.passwordHint(PASSWORD_MIN_LENGTH)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <EmailField />
        <RoleRowsField />
      </Form>
    </Modal>
  );
}
