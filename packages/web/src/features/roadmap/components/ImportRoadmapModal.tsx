import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { roadmapImportFailedSchema } from '@xaso/domain/contracts/steering';
import { Alert, Button, Flex, List, Modal, Progress, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { roadmapTemplateUrl, useImportRoadmap } from '../api/roadmap.ts';
import { roadmapMessages as m } from '../messages.ts';

type CellError = { row: number; column: number; cell: string; message: string };

/** The bad cells of a refused file (422), or none when the error is of another kind. */
function badCells(error: unknown): CellError[] {
  if (!isApiError(error, 'IMPORT_FAILED')) return [];
  const parsed = roadmapImportFailedSchema.safeParse(error.details);
  return parsed.success ? parsed.data.cells : [];
}

/**
 * Uploads a filled template (with progress): a refused file lists every bad cell by its Excel address; an
 * accepted one replaces the area's roadmap and lists the communes it leaves without a year.
 */
export function ImportRoadmapModal({
  areaId,
  hasDraft,
  onImported,
  onClose,
}: {
  areaId: string;
  /** Unsaved edits on the page, which the file will replace: said before the upload. */
  hasDraft: boolean;
  onImported: () => void;
  onClose: () => void;
}) {
  const [file, setFile] = useState<UploadFile | null>(null);
  const [progress, setProgress] = useState(0);
  const importing = useImportRoadmap(areaId);
  const cells = badCells(importing.error);
  const result = importing.data;
  const scheduled = result ? result.roadmap.rows.filter((r) => r.year !== null).length : 0;

  const submit = () => {
    const raw = file?.originFileObj;
    if (!raw) return;
    setProgress(0);
    importing.mutate({ file: raw, onProgress: setProgress }, { onSuccess: onImported });
  };

  return (
    <Modal
      open
      title={m.importTitle}
      onCancel={onClose}
      width={720}
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Button href={roadmapTemplateUrl(areaId)} icon={<DownloadOutlined />} type="link" download>
            {m.template}
          </Button>
          <Flex gap={8} wrap>
            <Button onClick={onClose}>{vi.common.close}</Button>
            {!result && (
              <Button type="primary" onClick={submit} disabled={!file} loading={importing.isPending}>
                {m.submitImport}
              </Button>
            )}
          </Flex>
        </Flex>
      }
    >
      {!result && (
        <>
          {hasDraft && (
            <Alert type="warning" showIcon title={m.importReplacesDraft} style={{ marginBottom: 12 }} />
          )}
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            multiple={false}
            fileList={file ? [file] : []}
            // Nothing is sent until "Nhập lộ trình".
            beforeUpload={() => false}
            onChange={({ fileList }) => {
              importing.reset();
              setFile(fileList.at(-1) ?? null);
            }}
            onRemove={() => {
              importing.reset();
              setFile(null);
            }}
            disabled={importing.isPending}
            aria-label={m.fileLabel}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{m.importHint}</p>
            <p className="ant-upload-hint">{m.importHintDetail}</p>
          </Upload.Dragger>
        </>
      )}
      {importing.isPending && (
        <Progress percent={progress} size="small" format={(p) => m.uploading(p ?? 0)} />
      )}
      <div style={{ marginTop: 16 }} aria-live="polite">
        {importing.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(importing.error)}
            description={cells.length > 0 ? m.importFailedCells(cells.length) : undefined}
          />
        )}
        {cells.length > 0 && (
          <Table<CellError>
            rowKey={(c) => `${c.cell}:${c.message}`}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content', y: 320 }}
            style={{ marginTop: 8 }}
            dataSource={cells}
            columns={[
              { title: m.cellAddress, dataIndex: 'cell', width: 70 },
              { title: m.cellRow, dataIndex: 'row', width: 70, responsive: ['sm'] },
              { title: m.cellMessage, dataIndex: 'message' },
            ]}
          />
        )}
        {result && (
          <Flex vertical gap={12}>
            <Alert type="success" showIcon title={m.imported(scheduled)} />
            {result.unscheduled.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title={m.unscheduledTitle(result.unscheduled.length)}
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4 }}>
                      {m.unscheduledHint}
                    </Typography.Paragraph>
                    <List
                      size="small"
                      dataSource={result.unscheduled}
                      renderItem={(c) => <List.Item>{c.name}</List.Item>}
                    />
                  </>
                }
              />
            ) : (
              <Typography.Text type="secondary">{m.allScheduled}</Typography.Text>
            )}
          </Flex>
        )}
      </div>
    </Modal>
  );
}
