import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@xaso/domain/roles';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { vi } from '../../i18n/vi.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { NotificationBell } from '../notifications/components/NotificationBell.tsx';
import { useLogout } from './api/logout.ts';
import { menuEntriesFor, selectedMenuKey } from './menu.tsx';

export default function AppLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Before the first measurement every breakpoint is undefined; assume a wide screen then.
  const isPhone = screens.md === false;

  const items: MenuProps['items'] = menuEntriesFor(user.actions).map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: <Link to={entry.path}>{entry.label}</Link>,
  }));
  const menu = (
    <nav aria-label={vi.layout.mainNav}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selectedMenuKey(location.pathname)]}
        onClick={() => setDrawerOpen(false)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );

  const roleLabel = [...new Set(user.roles.map((r) => ROLE_LABELS[r.role]))].join(', ');
  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: vi.auth.changePassword },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: vi.auth.logout, danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') navigate('/change-password');
      if (key === 'logout')
        logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
    },
  };

  const brand = (
    <Link to="/" style={{ color: 'inherit' }}>
      <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>
        {vi.appName}
      </Typography.Text>
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          paddingInline: isPhone ? 12 : 24,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
        }}
      >
        {isPhone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={vi.layout.openMenu}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        {brand}
        <Flex flex={1} justify="end" align="center" gap={isPhone ? 0 : 8} style={{ minWidth: 0 }}>
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']}>
            {/* The accessible name is the visible name and role, so speech-input users can say what they see. */}
            <Button type="text" title={vi.layout.userMenu} style={{ height: 'auto', maxWidth: '100%' }}>
              <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                <UserOutlined />
                <Flex vertical align="start" style={{ minWidth: 0, lineHeight: 1.3 }}>
                  <Typography.Text strong ellipsis style={{ maxWidth: isPhone ? 128 : 280 }}>
                    {user.displayName}
                  </Typography.Text>
                  {roleLabel && (
                    <Typography.Text
                      type="secondary"
                      ellipsis
                      style={{ fontSize: 12, maxWidth: isPhone ? 128 : 280 }}
                    >
                      {roleLabel}
                    </Typography.Text>
                  )}
                </Flex>
                <DownOutlined style={{ fontSize: 10 }} />
              </Flex>
            </Button>
          </Dropdown>
        </Flex>
      </Layout.Header>
      <Layout>
        {!isPhone && (
          <Layout.Sider width={240} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        )}
        {isPhone && (
          <Drawer
            title={vi.appName}
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          {/* antd renders Layout.Content as the page's <main> landmark. */}
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
