import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  PieChartOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Action } from '@xaso/domain/roles';
import type { ReactNode } from 'react';
import { vi } from '../../i18n/vi.ts';
import { supportMessages } from '../support/messages.ts';

interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users whose roles allow this action somewhere. */
  action?: Action;
  /** Other locations that belong to this entry (the evidence library lives under /communes/:id/evidence). */
  matches?: RegExp;
}

const entries: MenuEntry[] = [
  { path: '/', label: vi.layout.home, icon: <HomeOutlined /> },
  { path: '/cycles', label: vi.layout.cycles, icon: <CalendarOutlined />, action: 'cycle:read' },
  { path: '/roadmap', label: vi.layout.roadmap, icon: <NodeIndexOutlined />, action: 'roadmap:manage' },
  {
    path: '/responsibilities',
    label: vi.layout.responsibilities,
    icon: <SolutionOutlined />,
    action: 'responsibility:manage',
    matches: /^\/cycles\/[^/]+\/responsibilities$/,
  },
  {
    path: '/classification',
    label: vi.layout.classification,
    icon: <PieChartOutlined />,
    action: 'classification:read',
    matches: /^\/cycles\/[^/]+\/classification$/,
  },
  {
    path: '/evidence',
    label: vi.layout.evidence,
    icon: <FolderOpenOutlined />,
    action: 'evidence:manage',
    matches: /^\/communes\/[^/]+\/evidence$/,
  },
  {
    path: '/support-requests',
    label: supportMessages.menu,
    icon: <CustomerServiceOutlined />,
    action: 'support:read',
  },
  { path: '/org-units', label: vi.layout.orgUnits, icon: <ApartmentOutlined />, action: 'orgUnit:read' },
  { path: '/frameworks', label: vi.layout.frameworks, icon: <ProfileOutlined />, action: 'framework:read' },
  { path: '/users', label: vi.layout.users, icon: <TeamOutlined />, action: 'user:manage' },
  { path: '/audit', label: vi.layout.audit, icon: <AuditOutlined />, action: 'audit:read' },
];

export function menuEntriesFor(actions: readonly Action[]): MenuEntry[] {
  return entries.filter((entry) => entry.action === undefined || actions.includes(entry.action));
}

/** The menu key that matches a location: the longest entry path that prefixes it. */
export function selectedMenuKey(pathname: string): string {
  const match = entries
    .filter(
      (entry) =>
        entry.path === pathname ||
        (entry.path !== '/' && pathname.startsWith(`${entry.path}/`)) ||
        entry.matches?.test(pathname),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? pathname;
}
