import { PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { describeTarget } from '@xaso/domain/framework/target-text';
import { formatPointsVi } from '@xaso/domain/scoring/format';
import { Collapse, Flex, Tag, Typography } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { itemKey } from '../item-values.ts';
import { workspaceMessages } from '../messages.ts';
import { VerdictTag } from './VerdictTag.tsx';

interface Props {
  items: WorkspaceItem[];
  year: number;
  selectedKey: string | null;
  draftKeys: Set<string>;
  onOpen: (item: WorkspaceItem) => void;
}

const isMet = (item: WorkspaceItem) =>
  item.evaluation.verdict === 'met' || item.evaluation.verdict === 'exceeded';

function ItemRow({
  item,
  year,
  selected,
  hasDraft,
  onOpen,
}: {
  item: WorkspaceItem;
  year: number;
  selected: boolean;
  hasDraft: boolean;
  onOpen: () => void;
}) {
  const indicator = item.kind === 'indicator';
  const target = describeTarget(item.target, item);
  const points = item.evaluation.points;
  return (
    <button type="button" className="xaso-item-row" aria-current={selected} onClick={onOpen}>
      <Flex gap={8} align="start">
        <Typography.Text strong style={{ minWidth: 36 }}>
          {item.code}
        </Typography.Text>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text>{item.name}</Typography.Text>
          <Flex gap={6} wrap align="center">
            {item.exclusionReason ? (
              <Tag style={{ marginInlineEnd: 0 }}>{vi.workspace.notApplicable(item.exclusionReason)}</Tag>
            ) : indicator ? (
              <Tag color={points !== null ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                {points !== null && item.maxPoints !== null
                  ? vi.workspace.pointsOf(formatPointsVi(points), formatPointsVi(item.maxPoints))
                  : points !== null
                    ? workspaceMessages.pointsNoMax(formatPointsVi(points))
                    : item.maxPoints !== null
                      ? vi.workspace.maxPointsOf(formatPointsVi(item.maxPoints))
                      : vi.workspace.pointsUnknownMax}
              </Tag>
            ) : (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {target ? vi.workspace.targetOf(year, target) : vi.workspace.noTarget}
                </Typography.Text>
                <VerdictTag verdict={item.evaluation.verdict} />
              </>
            )}
            {item.evidence.length > 0 ? (
              <Tag icon={<PaperClipOutlined />} style={{ marginInlineEnd: 0 }}>
                {vi.workspace.evidenceCount(item.evidence.length)}
              </Tag>
            ) : (
              !indicator &&
              !item.exclusionReason && (
                <Tag color="orange" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
                  {vi.workspace.noEvidence}
                </Tag>
              )
            )}
            {item.evidenceWarnings.length > 0 && (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                {item.evidenceWarnings[0]}
              </Tag>
            )}
            {hasDraft && (
              <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                {vi.workspace.unsavedDraft}
              </Tag>
            )}
          </Flex>
        </Flex>
      </Flex>
    </button>
  );
}

/** Items grouped as in the decision ("1. Chính quyền số"), each group with its count met. */
export function ItemList({ items, year, selectedKey, draftKeys, onOpen }: Props) {
  const groups: { code: string; name: string; items: WorkspaceItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.code === item.groupCode) last.items.push(item);
    else groups.push({ code: item.groupCode, name: item.groupName, items: [item] });
  }
  return (
    <Collapse
      defaultActiveKey={groups.map((g) => g.code)}
      size="small"
      items={groups.map((group) => ({
        key: group.code,
        label: (
          <Flex justify="space-between" gap={8} wrap>
            <Typography.Text strong>{vi.workspace.groupTitle(group.code, group.name)}</Typography.Text>
            {group.items[0]?.kind === 'criterion' && (
              <Typography.Text type="secondary">
                {vi.workspace.groupMet(group.items.filter(isMet).length, group.items.length)}
              </Typography.Text>
            )}
          </Flex>
        ),
        styles: { body: { padding: '0 8px' } },
        children: group.items.map((item) => (
          <ItemRow
            key={itemKey(item)}
            item={item}
            year={year}
            selected={selectedKey === itemKey(item)}
            hasDraft={draftKeys.has(itemKey(item))}
            onOpen={() => onOpen(item)}
          />
        )),
      }))}
    />
  );
}
