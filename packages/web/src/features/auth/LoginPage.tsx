import { type LoginRequest, loginRequestSchema } from '@xaso/domain/contracts/auth';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodRule } from '../../lib/form.ts';
import { useSession } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useLogin } from './api/login.ts';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  usePageTitle(vi.auth.loginTitle);
  const [form] = Form.useForm<LoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const next = safeNext(params.get('next'));

  if (session.data) return <Navigate to={next} replace />;

  const onFinish = (values: LoginRequest) => {
    login.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => applyFieldErrors(form, error),
    });
  };

  return (
    <main>
      <Flex
        align="center"
        justify="center"
        style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
      >
        <Card style={{ width: '100%', maxWidth: 400 }}>
          <Typography.Title level={1} style={{ fontSize: 28, marginBottom: 4, textAlign: 'center' }}>
            {vi.appName}
          </Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center' }}>{vi.auth.loginSubtitle}</Typography.Paragraph>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {vi.auth.loginTitle}
          </Typography.Title>
          {login.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorMessage(login.error)}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form
            form={form}
            layout="vertical"
            onFinish={onFinish}
            requiredMark={false}
            disabled={login.isPending}
          >
            <Form.Item
              label={vi.auth.username}
              name="username"
              rules={[zodRule(loginRequestSchema.shape.username)]}
            >
              <Input autoComplete="username" autoCapitalize="none" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={vi.auth.password}
              name="password"
              rules={[zodRule(loginRequestSchema.shape.password)]}
            >
              <Input.Password autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {login.isPending ? vi.auth.loggingIn : vi.auth.submit}
            </Button>
          </Form>
        </Card>
      </Flex>
    </main>
  );
}
