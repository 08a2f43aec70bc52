import { ArrowLeftOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { DOCUMENT_KIND_LABELS, type DocumentOptions } from '@xaso/domain/contracts/documents';
import type { DocumentFormat, DocumentKind } from '@xaso/domain/documents/model';
import { Alert, App, Button, Card, Collapse, Flex, Form, Grid, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { RequireAction } from '../../components/RequireAction.tsx';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors } from '../../lib/form.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useWorkspace } from '../workspace/api/get-workspace.ts';
import { useDocumentPreview, useDocuments, useRequestDocument } from './api/documents.ts';
import { cleanOptions, DocumentForm } from './components/DocumentForm.tsx';
import { DocumentList } from './components/DocumentList.tsx';
import { TablePreview } from './components/TablePreview.tsx';

const t = vi.documents;
const FORMAT_ICONS = { docx: <FileWordOutlined />, xlsx: <FileExcelOutlined />, pdf: <FilePdfOutlined /> };

function Preview({ assessmentId, kind }: { assessmentId: string; kind: DocumentKind }) {
  const preview = useDocumentPreview(assessmentId, kind);
  if (preview.isPending) return <Spin />;
  if (preview.isError) return <QueryError error={preview.error} onRetry={() => preview.refetch()} />;
  return (
    <Flex vertical gap={24}>
      {preview.data.tables.map((table) => (
        <TablePreview key={table.sheetName} table={table} />
      ))}
    </Flex>
  );
}

function DocumentsView({ cycleId, communeId }: { cycleId: string; communeId: string }) {
  const workspace = useWorkspace(cycleId, communeId);
  const assessmentId = workspace.data?.assessment.id;
  const documents = useDocuments(assessmentId);
  const request = useRequestDocument(assessmentId ?? '');
  const [form] = Form.useForm<DocumentOptions>();
  const [kind, setKind] = useState<DocumentKind>('commune_report');
  const { message } = App.useApp();
  // Two long labels side by side overflow a phone screen: stacked there.
  const screens = Grid.useBreakpoint();
  usePageTitle(
    workspace.data
      ? t.heading(workspace.data.assessment.commune.name, workspace.data.assessment.year)
      : t.title,
  );

  if (workspace.isPending || (assessmentId && documents.isPending)) return <FullPageSpin />;
  if (workspace.isError) return <QueryError error={workspace.error} onRetry={() => workspace.refetch()} />;
  if (documents.isError) return <QueryError error={documents.error} onRetry={() => documents.refetch()} />;
  const ws = workspace.data;
  const list = documents.data!;
  const hasIndex = ws.items.some((i) => i.kind === 'indicator');
  const pending = list.items.filter((d) => d.status === 'queued' || d.status === 'running');

  const make = async (format: DocumentFormat) => {
    const values = cleanOptions(await form.validateFields());
    request.mutate(
      { ...values, kind, format },
      {
        onSuccess: () => message.info(t.started(t.formats[format])),
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Link to={`/cycles/${cycleId}/communes/${communeId}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t.backToWorkspace}
        </Button>
      </Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 12px' }}>
        {t.heading(ws.assessment.commune.name, ws.assessment.year)}
      </Typography.Title>
      <Flex vertical gap={16}>
        <Segmented<DocumentKind>
          vertical={!screens.md}
          block={!screens.md}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'commune_report', label: DOCUMENT_KIND_LABELS.commune_report },
            ...(hasIndex
              ? [{ value: 'index_report' as const, label: DOCUMENT_KIND_LABELS.index_report }]
              : []),
          ]}
        />
        <Typography.Text type="secondary">{t.kindHints[kind]}</Typography.Text>
        <Collapse
          items={[
            {
              key: 'form',
              label: t.formTitle,
              forceRender: true,
              children: <DocumentForm form={form} initial={list.defaults} />,
            },
            {
              key: 'preview',
              label: t.previewTitle,
              children: assessmentId && <Preview assessmentId={assessmentId} kind={kind} />,
            },
          ]}
        />
        {!list.pdfAvailable && <Alert type="warning" showIcon title={t.pdfUnavailable} />}
        <Flex gap={8} wrap>
          {(['docx', 'xlsx', 'pdf'] as const).map((format) => (
            <Button
              key={format}
              type={format === 'docx' ? 'primary' : 'default'}
              icon={FORMAT_ICONS[format]}
              disabled={format === 'pdf' && !list.pdfAvailable}
              loading={request.isPending && request.variables?.format === format}
              onClick={() => make(format)}
            >
              {t.make(t.formats[format])}
            </Button>
          ))}
        </Flex>
        {pending.length > 0 && (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            title={t.inProgress(pending.length)}
            role="status"
          />
        )}
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          {t.madeDocuments}
        </Typography.Title>
        <DocumentList items={list.items} loading={documents.isFetching && list.items.length === 0} />
      </Flex>
    </Card>
  );
}

export default function DocumentsPage() {
  const { cycleId = '', communeId = '' } = useParams();
  return (
    <RequireAction action="assessment:read">
      <DocumentsView cycleId={cycleId} communeId={communeId} />
    </RequireAction>
  );
}
