import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { useSession } from '../lib/session.ts';

// Every page is its own chunk, so the first load only carries the shell.
const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));
const AppLayout = lazy(() => import('../features/layout/AppLayout.tsx'));
const NotFoundPage = lazy(() => import('../features/layout/NotFoundPage.tsx'));
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const OrgUnitsPage = lazy(() => import('../features/org-units/OrgUnitsPage.tsx'));
const FrameworksPage = lazy(() => import('../features/frameworks/FrameworksPage.tsx'));
const FrameworkDetailPage = lazy(() => import('../features/frameworks/FrameworkDetailPage.tsx'));
const CompareFrameworksPage = lazy(() => import('../features/frameworks/CompareFrameworksPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const CyclesPage = lazy(() => import('../features/cycles/CyclesPage.tsx'));
const CreateCyclePage = lazy(() => import('../features/cycles/CreateCyclePage.tsx'));
const CycleDetailPage = lazy(() => import('../features/cycles/CycleDetailPage.tsx'));
const EditCyclePage = lazy(() => import('../features/cycles/EditCyclePage.tsx'));
const WorkspacePage = lazy(() => import('../features/workspace/WorkspacePage.tsx'));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage.tsx'));
const EvidencePage = lazy(() => import('../features/evidence/EvidencePage.tsx'));
const MyEvidencePage = lazy(() => import('../features/evidence/MyEvidencePage.tsx'));

function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <AppLayout />
    </Suspense>
  );
}

function Lazy() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Outlet />
    </Suspense>
  );
}

export const router = createBrowserRouter([
  {
    element: <Lazy />,
    children: [{ path: '/login', element: <LoginPage /> }],
  },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'org-units', element: <OrgUnitsPage /> },
      { path: 'org-units/:id', element: <OrgUnitsPage /> },
      { path: 'frameworks', element: <FrameworksPage /> },
      { path: 'frameworks/compare', element: <CompareFrameworksPage /> },
      { path: 'frameworks/:id', element: <FrameworkDetailPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'cycles', element: <CyclesPage /> },
      { path: 'cycles/new', element: <CreateCyclePage /> },
      { path: 'cycles/:id', element: <CycleDetailPage /> },
      { path: 'cycles/:id/edit', element: <EditCyclePage /> },
      { path: 'cycles/:cycleId/communes/:communeId', element: <WorkspacePage /> },
      { path: 'cycles/:cycleId/communes/:communeId/documents', element: <DocumentsPage /> },
      { path: 'evidence', element: <MyEvidencePage /> },
      { path: 'communes/:communeId/evidence', element: <EvidencePage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
