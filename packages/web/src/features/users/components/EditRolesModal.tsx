import type { RoleGrant, User } from '@xaso/domain/contracts/users';
import { Alert, App, Form, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useSetRoles } from '../api/set-roles.ts';
import { RoleRowsField } from './RoleRowsField.tsx';

export function EditRolesModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: RoleGrant[] }>();
  const setRoles = useSetRoles();
  const { message } = App.useApp();

  const onFinish = ({ roles }: { roles?: RoleGrant[] }) => {
    setRoles.mutate(
      { userId: user.id, roles: roles ?? [] },
      {
        onSuccess: () => {
          message.success(vi.users.rolesSaved);
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={vi.users.editRolesTitle(user.username)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={setRoles.isPending}
      width={720}
    >
      {setRoles.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(setRoles.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="edit-roles"
        onFinish={onFinish}
        initialValues={{ roles: user.roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnit.id })) }}
      >
        <RoleRowsField knownUnits={user.roles.map((r) => r.orgUnit)} />
      </Form>
    </Modal>
  );
}
