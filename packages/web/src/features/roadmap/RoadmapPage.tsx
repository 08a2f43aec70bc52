import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { errorMessage, isApiError } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useRoadmapAreas } from './api/areas.ts';
import { roadmapTemplateUrl, useRoadmap, useSaveRoadmap } from './api/roadmap.ts';
import { AddYearColumn } from './components/AddYearColumn.tsx';
import { ImportRoadmapModal } from './components/ImportRoadmapModal.tsx';
import { RoadmapTable } from './components/RoadmapTable.tsx';
import { roadmapMessages as m } from './messages.ts';
import { editYear, entriesToSave, pendingEdits, type RoadmapDraft, yearColumns } from './roadmap-draft.ts';

/** A page left with unsaved edits asks the browser to confirm (reload, closing the tab). */
function useWarnBeforeLeaving(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

function AreaRoadmap({ areaId }: { areaId: string }) {
  const { message } = App.useApp();
  const roadmap = useRoadmap(areaId);
  const save = useSaveRoadmap(areaId);
  const [draft, setDraft] = useState<RoadmapDraft>(new Map());
  const [addedYears, setAddedYears] = useState<number[]>([]);
  const [importing, setImporting] = useState(false);
  const rows = roadmap.data?.rows ?? [];
  const pending = pendingEdits(rows, draft);
  useWarnBeforeLeaving(pending > 0);

  if (roadmap.isPending) return <FullPageSpin />;
  if (roadmap.isError) return <QueryError error={roadmap.error} onRetry={() => roadmap.refetch()} />;
  const data = roadmap.data;
  // A roadmap not started yet shows this year's column, to mark the first communes in.
  const columns = yearColumns(data.years, draft, addedYears);
  const years = columns.length > 0 ? columns : [new Date().getFullYear()];
  const stale = isApiError(save.error, 'CONFLICT');

  const onSave = () =>
    save.mutate(
      { entries: entriesToSave(rows, draft), expectedVersion: data.version },
      {
        onSuccess: () => {
          setDraft(new Map());
          message.success(m.saved);
        },
      },
    );
  // After a conflict: the other person's table, with this person's edits laid over it, to review and save.
  const reloadKeepingEdits = () => {
    save.reset();
    void roadmap.refetch();
  };

  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Button href={roadmapTemplateUrl(areaId)} icon={<DownloadOutlined />} download>
          {m.template}
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {m.import}
        </Button>
        <AddYearColumn
          suggested={(years.at(-1) ?? new Date().getFullYear() - 1) + 1}
          onAdd={(year) => setAddedYears([...addedYears, year])}
        />
        {data.unscheduled > 0 && (
          <Typography.Text type="warning">{m.unscheduledCount(data.unscheduled)}</Typography.Text>
        )}
      </Space>
      {save.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={stale ? m.stale : errorMessage(save.error)}
          description={stale ? m.staleDetail : undefined}
          action={
            stale ? (
              <Button size="small" onClick={reloadKeepingEdits} loading={roadmap.isFetching}>
                {m.reloadKeep}
              </Button>
            ) : undefined
          }
        />
      )}
      {rows.length === 0 ? (
        <Empty description={m.empty} />
      ) : (
        <RoadmapTable
          rows={rows}
          years={years}
          draft={draft}
          disabled={save.isPending}
          onEdit={(row, year) => {
            setDraft(editYear(draft, row, year));
            if (!stale) save.reset();
          }}
        />
      )}
      {pending > 0 && (
        // Above the table's fixed column, which antd lifts over the rows.
        <Flex className="xaso-sticky-actions" gap={8} align="center" wrap style={{ zIndex: 10 }}>
          <Typography.Text strong>{m.unsaved(pending)}</Typography.Text>
          <Button type="primary" onClick={onSave} loading={save.isPending} disabled={stale}>
            {m.save}
          </Button>
          <Button
            onClick={() => {
              setDraft(new Map());
              save.reset();
            }}
            disabled={save.isPending}
          >
            {m.discard}
          </Button>
        </Flex>
      )}
      {importing && (
        <ImportRoadmapModal
          areaId={areaId}
          hasDraft={pending > 0}
          onImported={() => {
            setDraft(new Map());
            setAddedYears([]);
            save.reset();
          }}
          onClose={() => setImporting(false)}
        />
      )}
    </Flex>
  );
}

function Roadmap() {
  usePageTitle(m.title);
  const areas = useRoadmapAreas();
  const [params, setParams] = useSearchParams();
  const areaId = params.get('area') ?? areas[0]?.id;

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {m.title}
      </Typography.Title>
      {areas.length === 1 && (
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {areas[0]?.name}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {areas.length > 1 && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
          <label htmlFor="roadmap-area">{m.area}</label>
          <Select
            id="roadmap-area"
            value={areaId}
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(id: string) => setParams({ area: id })}
            style={{ minWidth: 240 }}
          />
        </Flex>
      )}
      {/* A new key per area: another area's edits never carry over. */}
      {areaId ? <AreaRoadmap key={areaId} areaId={areaId} /> : <Empty description={m.noArea} />}
    </Card>
  );
}

export default function RoadmapPage() {
  return (
    <RequireAction action="roadmap:manage">
      <Roadmap />
    </RequireAction>
  );
}
