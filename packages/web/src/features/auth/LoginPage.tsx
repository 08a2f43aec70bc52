import type { LoginRequest } from '@xaso/domain/contracts/auth';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, lazyZodRule } from '../../lib/form.ts';
import { useSession } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useLogin } from './api/login.ts';

/** The fields' rules from the shared contract, loaded after the page shows (it brings zod). */
const loginFields = () => import('@xaso/domain/contracts/auth').then((m) => m.loginRequestSchema.shape);
const usernameRule = lazyZodRule(() => loginFields().then((shape) => shape.username));
const passwordRule = lazyZodRule(() => loginFields().then((shape) => shape.password));

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
  const { token } = theme.useToken();

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
        {/* A card drawn with plain elements and the theme's tokens: antd's Card and Typography would add
            ~60 KB (gzipped) to the first page a phone downloads (Card brings Tabs, Typography its editing and
            copying tools). */}
        <section
          style={{
            width: '100%',
            maxWidth: 400,
            boxSizing: 'border-box',
            padding: token.paddingLG,
            background: token.colorBgContainer,
            border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            color: token.colorText,
            fontFamily: token.fontFamily,
            fontSize: token.fontSize,
            lineHeight: token.lineHeight,
          }}
        >
          <h1
            style={{
              margin: '16px 0 4px',
              fontSize: 28,
              fontWeight: token.fontWeightStrong,
              lineHeight: token.lineHeightHeading1,
              color: token.colorTextHeading,
              textAlign: 'center',
            }}
          >
            {vi.appName}
          </h1>
          <p style={{ margin: '0 0 24px', textAlign: 'center' }}>{vi.auth.loginSubtitle}</p>
          <h2
            style={{
              margin: '0 0 10px',
              fontSize: 20,
              fontWeight: token.fontWeightStrong,
              lineHeight: token.lineHeightHeading2,
              color: token.colorTextHeading,
            }}
          >
            {vi.auth.loginTitle}
          </h2>
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
            <Form.Item label={vi.auth.username} name="username" rules={[usernameRule]}>
              <Input autoComplete="username" autoCapitalize="none" autoFocus size="large" />
            </Form.Item>
            <Form.Item label={vi.auth.password} name="password" rules={[passwordRule]}>
              <Input.Password autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {login.isPending ? vi.auth.loggingIn : vi.auth.submit}
            </Button>
          </Form>
        </section>
      </Flex>
    </main>
  );
}
