import { useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '@xaso/domain/contracts/org-units';
import { Empty, Flex, Skeleton, Tree, type TreeDataNode, Typography } from 'antd';
import { type Key, useEffect, useMemo, useState } from 'react';
import { OrgUnitTypeTag } from '../../../components/OrgUnitTypeTag.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { vi } from '../../../i18n/vi.ts';
import { orgUnitChildrenQuery, useOrgUnitRoots } from '../api/list-org-units.ts';
import { sortUnits } from '../sort-units.ts';

function toNodes(units: OrgUnit[], childrenBy: Record<string, OrgUnit[]>): TreeDataNode[] {
  return sortUnits(units).map((unit) => {
    const children = childrenBy[unit.id];
    return {
      key: unit.id,
      isLeaf: unit.childCount === 0,
      title: (
        <Flex component="span" gap={6} align="center" wrap>
          <span>{unit.name}</span>
          <OrgUnitTypeTag unit={unit} />
        </Flex>
      ),
      children: children ? toNodes(children, childrenBy) : undefined,
    };
  });
}

interface Props {
  selectedId: string | undefined;
  /** Ancestors of the selected unit, root first: they are loaded and expanded so the selection is visible. */
  revealPath: string[];
  onSelect: (id: string) => void;
}

/** The org-unit tree, loading each level when it is opened. */
export function OrgUnitTree({ selectedId, revealPath, onSelect }: Props) {
  const queryClient = useQueryClient();
  const roots = useOrgUnitRoots();
  const [childrenBy, setChildrenBy] = useState<Record<string, OrgUnit[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);

  const loadChildren = async (id: string) => {
    const items = await queryClient.fetchQuery(orgUnitChildrenQuery(id));
    setChildrenBy((prev) => (prev[id] === items ? prev : { ...prev, [id]: items }));
  };

  const revealKey = revealPath.join('/');
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the path to reveal changes.
  useEffect(() => {
    if (revealPath.length === 0) return;
    let cancelled = false;
    (async () => {
      for (const id of revealPath) await loadChildren(id);
      if (!cancelled) setExpanded((prev) => [...new Set([...prev, ...revealPath])]);
    })().catch(() => {
      // A level that fails to load simply stays closed; the detail panel still shows the unit.
    });
    return () => {
      cancelled = true;
    };
  }, [revealKey]);

  const treeData = useMemo(() => toNodes(roots.data ?? [], childrenBy), [roots.data, childrenBy]);

  if (roots.isPending) return <Skeleton active />;
  if (roots.isError) return <QueryError error={roots.error} onRetry={() => roots.refetch()} />;
  if (treeData.length === 0) return <Empty description={vi.common.noData} />;

  return (
    <nav aria-label={vi.orgUnits.treeLabel}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {vi.orgUnits.tree}
      </Typography.Title>
      <Tree
        blockNode
        treeData={treeData}
        loadData={(node) => loadChildren(String(node.key))}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys)}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) onSelect(String(key));
        }}
      />
    </nav>
  );
}
