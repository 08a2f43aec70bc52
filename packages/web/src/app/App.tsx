import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { BrowserRouter, useLocation } from 'react-router';
import { PageErrorBoundary } from '../components/PageErrorBoundary.tsx';
import { queryClient } from '../lib/query-client.ts';
import { AppRoutes } from './router.tsx';
import { theme } from './theme.ts';

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      {/* antd's App (message, modal) wraps only the signed-in pages: see SignedInLayout.tsx. */}
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <RoutesWithBoundary />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

/** A page that fails to load or render shows a message instead of a blank app; the next page starts afresh. */
function RoutesWithBoundary() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname}>
      <AppRoutes />
    </PageErrorBoundary>
  );
}
