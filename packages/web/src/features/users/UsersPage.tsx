import {
  KeyOutlined,
  LockOutlined,
  MailOutlined,
  PlusOutlined,
  SafetyOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import type { User } from '@xaso/domain/contracts/users';
import { App, Button, Card, Flex, Grid, Input, Table, type TableProps, Tag, Typography } from 'antd';
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
import { EmailModal } from './components/EmailModal.tsx';
import { ResetPasswordModal } from './components/ResetPasswordModal.tsx';
import { userEmailMessages } from './messages.ts';

type Dialog = { kind: 'roles' | 'password' | 'email'; user: User } | null;

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

  const statusTag = (user: User) =>
    user.active ? <Tag color="green">{vi.users.active}</Tag> : <Tag color="red">{vi.users.inactive}</Tag>;

  // Labelled with the username: several rows show the same three buttons.
  const actions = (user: User) => (
    <Flex gap={4} wrap style={{ maxWidth: isPhone ? undefined : 240 }}>
      <Button
        size="small"
        icon={<SafetyOutlined />}
        aria-label={`${vi.users.editRoles}: ${user.username}`}
        onClick={() => setDialog({ kind: 'roles', user })}
      >
        {vi.users.editRoles}
      </Button>
      <Button
        size="small"
        icon={<KeyOutlined />}
        aria-label={`${vi.users.resetPassword}: ${user.username}`}
        onClick={() => setDialog({ kind: 'password', user })}
      >
        {vi.users.resetPassword}
      </Button>
      <Button
        size="small"
        icon={<MailOutlined />}
        aria-label={`${userEmailMessages.edit}: ${user.username}`}
        onClick={() => setDialog({ kind: 'email', user })}
      >
        {userEmailMessages.edit}
      </Button>
      <Button
        size="small"
        danger={user.active}
        icon={user.active ? <LockOutlined /> : <UnlockOutlined />}
        aria-label={`${user.active ? vi.users.deactivate : vi.users.activate}: ${user.username}`}
        disabled={user.id === me.id}
        onClick={() => confirmActive(user)}
      >
        {user.active ? vi.users.deactivate : vi.users.activate}
      </Button>
    </Flex>
  );

  /*
   * The table fits its container instead of scrolling sideways (`scroll.x` pushed the actions out of sight: off
   * screen on a phone, the third button cut at 1366 px). On a phone one column holds the whole row; wider,
   * the roles and actions wrap inside capped columns.
   */
  const columns: TableProps<User>['columns'] = [
    {
      title: vi.users.username,
      key: 'user',
      render: (_, user) => (
        <Flex vertical gap={4} align="start" style={{ minWidth: 0 }}>
          <div>
            <Typography.Text strong style={{ wordBreak: 'break-all' }}>
              {user.username}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {user.displayName}
            </Typography.Text>
            {user.email !== null && (
              <Typography.Text type="secondary" style={{ display: 'block', wordBreak: 'break-all' }}>
                {user.email}
              </Typography.Text>
            )}
          </div>
          {isPhone && (
            <>
              {roleTags(user)}
              {statusTag(user)}
              {actions(user)}
            </>
          )}
        </Flex>
      ),
    },
    {
      title: vi.users.roles,
      key: 'roles',
      responsive: ['md'],
      render: (_, user) => <div style={{ maxWidth: 320 }}>{roleTags(user)}</div>,
    },
    {
      title: vi.users.status,
      key: 'status',
      responsive: ['md'],
      render: (_, user) => statusTag(user),
    },
    {
      title: vi.users.createdAt,
      dataIndex: 'createdAt',
      render: (at: string) => formatDate(at),
      responsive: ['xl'],
    },
    {
      title: vi.common.actions,
      key: 'actions',
      responsive: ['md'],
      render: (_, user) => actions(user),
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
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          size="middle"
        />
      )}
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      {dialog?.kind === 'roles' && <EditRolesModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'email' && <EmailModal user={dialog.user} onClose={() => setDialog(null)} />}
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
