import { KeyOutlined, LockOutlined, PlusOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import type { User } from '@xaso/domain/contracts/users';
import { App, Button, Card, Flex, Grid, Input, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { roleAssignmentLabel } from '../../lib/roles.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useUsers } from './api/list-users.ts';
import { useSetActive } from './api/set-active.ts';
import { CreateUserModal } from './components/CreateUserModal.tsx';
import { EditRolesModal } from './components/EditRolesModal.tsx';
import { ResetPasswordModal } from './components/ResetPasswordModal.tsx';

type Dialog = { kind: 'roles' | 'password'; user: User } | null;

function UserAdministration() {
  usePageTitle(vi.users.title);
  const me = useCurrentUser();
  const { modal, message } = App.useApp();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = useUsers(useDebouncedValue(search));
  const setActive = useSetActive();
  const isPhone = Grid.useBreakpoint().md === false;

  const confirmActive = (user: User) => {
    const active = !user.active;
    modal.confirm({
      title: active ? vi.users.activate : vi.users.deactivate,
      content: active ? vi.users.activateConfirm(user.username) : vi.users.deactivateConfirm(user.username),
      okText: vi.common.confirm,
      cancelText: vi.common.cancel,
      okButtonProps: { danger: !active },
      onOk: () =>
        setActive
          .mutateAsync({ userId: user.id, active })
          .then(() => message.success(active ? vi.users.activated : vi.users.deactivated))
          .catch((error: unknown) => message.error(errorMessage(error))),
    });
  };

  const roleTags = (user: User) =>
    user.roles.length === 0 ? (
      <Typography.Text type="secondary">{vi.users.noRoles}</Typography.Text>
    ) : (
      <Flex gap={4} wrap>
        {user.roles.map((r) => (
          <Tag key={`${r.role}:${r.orgUnit.id}`} color="blue" style={{ marginInlineEnd: 0 }}>
            {roleAssignmentLabel(r)}
          </Tag>
        ))}
      </Flex>
    );

  const columns: TableProps<User>['columns'] = [
    {
      title: vi.users.username,
      key: 'user',
      render: (_, user) => (
        <>
          <Typography.Text strong>{user.username}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {user.displayName}
          </Typography.Text>
          {/* On a phone the roles column is hidden; the roles show here instead. */}
          {isPhone && <div style={{ marginTop: 4 }}>{roleTags(user)}</div>}
        </>
      ),
    },
    {
      title: vi.users.roles,
      key: 'roles',
      responsive: ['md'],
      render: (_, user) => roleTags(user),
    },
    {
      title: vi.users.status,
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? <Tag color="green">{vi.users.active}</Tag> : <Tag color="red">{vi.users.inactive}</Tag>,
    },
    {
      title: vi.users.createdAt,
      dataIndex: 'createdAt',
      render: (at: string) => formatDate(at),
      responsive: ['lg'],
    },
    {
      title: vi.common.actions,
      key: 'actions',
      render: (_, user) => (
        <Space wrap size={4}>
          <Button size="small" icon={<SafetyOutlined />} onClick={() => setDialog({ kind: 'roles', user })}>
            {vi.users.editRoles}
          </Button>
          <Button size="small" icon={<KeyOutlined />} onClick={() => setDialog({ kind: 'password', user })}>
            {vi.users.resetPassword}
          </Button>
          <Button
            size="small"
            danger={user.active}
            icon={user.active ? <LockOutlined /> : <UnlockOutlined />}
            disabled={user.id === me.id}
            onClick={() => confirmActive(user)}
          >
            {user.active ? vi.users.deactivate : vi.users.activate}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {vi.users.title}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {vi.users.create}
        </Button>
      </Flex>
      <Input.Search
        aria-label={vi.users.searchLabel}
        placeholder={vi.users.searchPlaceholder}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={users.data}
          loading={users.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          size="middle"
        />
      )}
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      {dialog?.kind === 'roles' && <EditRolesModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}

export default function UsersPage() {
  return (
    <RequireAction action="user:manage">
      <UserAdministration />
    </RequireAction>
  );
}
