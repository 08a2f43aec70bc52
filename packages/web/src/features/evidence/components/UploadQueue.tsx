import { CheckCircleFilled, CloseCircleFilled, FileOutlined } from '@ant-design/icons';
import { Flex, Progress, Typography } from 'antd';
import { evidenceMessages as m } from '../messages.ts';

export interface QueuedFile {
  uid: string;
  name: string;
  status: 'uploading' | 'done' | 'duplicate' | 'error';
  percent: number;
  /** Why the file was refused (before sending, or by the server), shown under its name. */
  error?: string;
}

/**
 * The files of this visit, one line each: the name takes the room left by a fixed-width status, so a long name
 * is cut with an ellipsis instead of running under the percentage, and a refusal is written under the name.
 */
export function UploadQueue({ files }: { files: QueuedFile[] }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label={m.queueTitle} style={{ listStyle: 'none', padding: 0, margin: '12px 0 0' }}>
      {files.map((file) => (
        <li key={file.uid} data-status={file.status} style={{ padding: '6px 0' }}>
          <Flex align="start" gap={8}>
            <FileOutlined style={{ marginTop: 4 }} aria-hidden />
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text ellipsis={{ tooltip: file.name }} style={{ maxWidth: '100%' }}>
                {file.name}
              </Typography.Text>
              {file.error && (
                <Typography.Text type="danger" style={{ whiteSpace: 'normal' }}>
                  {file.error}
                </Typography.Text>
              )}
            </Flex>
            <div style={{ flex: '0 0 auto', width: 120, textAlign: 'end' }}>
              {file.status === 'uploading' && (
                <Progress
                  percent={file.percent}
                  size="small"
                  aria-label={m.uploading(file.percent)}
                  style={{ margin: 0 }}
                />
              )}
              {file.status === 'done' && (
                <Typography.Text type="success">
                  <CheckCircleFilled aria-hidden /> {m.uploadedShort}
                </Typography.Text>
              )}
              {file.status === 'duplicate' && (
                <Typography.Text type="secondary">{m.duplicateShort}</Typography.Text>
              )}
              {file.status === 'error' && (
                <Typography.Text type="danger">
                  <CloseCircleFilled aria-label="lỗi" />
                </Typography.Text>
              )}
            </div>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
