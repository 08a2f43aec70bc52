import { type ComponentType, isValidElement, lazy, Suspense } from 'react';
import { matchRoutes, Navigate, type Params, type RouteObject, useLocation, useRoutes } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { QueryError } from '../components/QueryError.tsx';
import LoginPage from '../features/auth/LoginPage.tsx';
import { queryClient } from '../lib/query-client.ts';
import { useSession } from '../lib/session.ts';

// The login page is the first page of most visits on a phone (a session lasts a working day), so it comes with
// the shell instead of a second round trip; its form components are the ones the signed-in pages use too.
// Every other page is its own chunk, loaded when it is first shown, or at start for the page being opened
// (preloadRoute).
const loaders = new Map<unknown, () => Promise<unknown>>();
function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  loaders.set(Page, load);
  return Page;
}

const ChangePasswordPage = lazyPage(() => import('../features/auth/ChangePasswordPage.tsx'));
const loadSignedInLayout = () => import('./SignedInLayout.tsx');
const AppLayout = lazy(loadSignedInLayout);
const NotFoundPage = lazyPage(() => import('../features/layout/NotFoundPage.tsx'));
const HomePage = lazyPage(() => import('../features/home/HomePage.tsx'));
const OrgUnitsPage = lazyPage(() => import('../features/org-units/OrgUnitsPage.tsx'));
const FrameworksPage = lazyPage(() => import('../features/frameworks/FrameworksPage.tsx'));
const FrameworkDetailPage = lazyPage(() => import('../features/frameworks/FrameworkDetailPage.tsx'));
const CompareFrameworksPage = lazyPage(() => import('../features/frameworks/CompareFrameworksPage.tsx'));
const UsersPage = lazyPage(() => import('../features/users/UsersPage.tsx'));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage.tsx'));
const CyclesPage = lazyPage(() => import('../features/cycles/CyclesPage.tsx'));
const CreateCyclePage = lazyPage(() => import('../features/cycles/CreateCyclePage.tsx'));
const CycleDetailPage = lazyPage(() => import('../features/cycles/CycleDetailPage.tsx'));
const EditCyclePage = lazyPage(() => import('../features/cycles/EditCyclePage.tsx'));
const WorkspacePage = lazyPage(() => import('../features/workspace/WorkspacePage.tsx'));
const DocumentsPage = lazyPage(() => import('../features/documents/DocumentsPage.tsx'));
const EvidencePage = lazyPage(() => import('../features/evidence/EvidencePage.tsx'));
const MyEvidencePage = lazyPage(() => import('../features/evidence/MyEvidencePage.tsx'));
const RoadmapPage = lazyPage(() => import('../features/roadmap/RoadmapPage.tsx'));
const ResponsibilitiesPage = lazyPage(() => import('../features/responsibilities/ResponsibilitiesPage.tsx'));
const LatestResponsibilitiesPage = lazyPage(
  () => import('../features/responsibilities/LatestResponsibilitiesPage.tsx'),
);
const ClassificationPage = lazyPage(() => import('../features/classification/ClassificationPage.tsx'));
const LatestClassificationPage = lazyPage(
  () => import('../features/classification/LatestClassificationPage.tsx'),
);
const SupportRequestsPage = lazyPage(() => import('../features/support/SupportRequestsPage.tsx'));
const SupportRequestPage = lazyPage(() => import('../features/support/SupportRequestPage.tsx'));
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage.tsx'));

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

// The signed-in layout starts loading with the page, while the session is still being checked.
loaders.set(RequireSession, loadSignedInLayout);

/** Declarative routing (useRoutes): the app uses none of the data router's features, which cost ~15 KB. */
/** `prefetch`: asks for a page's data at start when the app opens on that page (preloadRoute). */
type RouteHandle = { prefetch?: (params: Params) => Promise<unknown> };

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
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
      {
        path: 'cycles/:cycleId/communes/:communeId',
        element: <WorkspacePage />,
        // A commune officer's usual first page: its data is asked for with the code, not after it.
        handle: {
          prefetch: ({ cycleId = '', communeId = '' }: Params) =>
            import('../features/workspace/api/get-workspace.ts').then((m) =>
              queryClient.prefetchQuery(m.workspaceQuery(cycleId, communeId)),
            ),
        },
      },
      { path: 'cycles/:cycleId/communes/:communeId/documents', element: <DocumentsPage /> },
      { path: 'cycles/:id/responsibilities', element: <ResponsibilitiesPage /> },
      { path: 'cycles/:id/classification', element: <ClassificationPage /> },
      { path: 'roadmap', element: <RoadmapPage /> },
      { path: 'responsibilities', element: <LatestResponsibilitiesPage /> },
      { path: 'classification', element: <LatestClassificationPage /> },
      { path: 'evidence', element: <MyEvidencePage /> },
      { path: 'communes/:communeId/evidence', element: <EvidencePage /> },
      { path: 'support-requests', element: <SupportRequestsPage /> },
      { path: 'support-requests/:id', element: <SupportRequestPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Starts loading the chunks of the page at `pathname`, and of the signed-in layout, at once: otherwise a phone
 * would wait for the session, then the layout, then the page, one round trip after another.
 */
export function preloadRoute(pathname: string): void {
  // A failure here is not reported: the page loads its code and data again when it shows, and says so there.
  const ignore = () => undefined;
  for (const { route, params } of matchRoutes(routes, pathname) ?? []) {
    if (isValidElement(route.element)) loaders.get(route.element.type)?.().catch(ignore);
    (route.handle as RouteHandle | undefined)?.prefetch?.(params).catch(ignore);
  }
}
