import type { User } from '@xaso/domain/contracts/users';
import { Alert, App, Button, Form, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useSetEmail } from '../api/set-email.ts';
import { userEmailMessages as m } from '../messages.ts';
import { EmailField } from './EmailField.tsx';

/** Sets, changes or removes a user's address; saving an empty field removes it too (the server reads '' as none). */
export function EmailModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ email: string }>();
  const setEmail = useSetEmail();
  const { message } = App.useApp();

  const save = (email: string | null) => {
    setEmail.mutate(
      { userId: user.id, email },
      {
        onSuccess: (saved) => {
          message.success(saved.email === null ? m.removed : m.saved);
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={m.editTitle(user.username)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={setEmail.isPending}
    >
      {setEmail.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(setEmail.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="user-email"
        initialValues={{ email: user.email ?? '' }}
        onFinish={({ email }) => save(email ?? '')}
        autoComplete="off"
      >
        <EmailField />
      </Form>
      {user.email !== null && (
        <Button danger disabled={setEmail.isPending} onClick={() => save(null)}>
          {m.remove}
        </Button>
      )}
    </Modal>
  );
}
