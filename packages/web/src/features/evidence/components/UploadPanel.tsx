import { InboxOutlined } from '@ant-design/icons';
import { App, Col, Form, Input, Row, Typography, Upload, type UploadProps } from 'antd';
import { useRef, useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useUploadLimits } from '../api/get-upload-limits.ts';
import { useUploadEvidence } from '../api/upload-evidence.ts';
import { ACCEPTED_FILES, formatSize, MAX_UPLOAD_MB } from '../evidence-files.ts';
import { evidenceMessages as m } from '../messages.ts';
import { type QueuedFile, UploadQueue } from './UploadQueue.tsx';

interface CitationValues {
  docNumber?: string;
  docDate?: ViDateValue;
  issuer?: string;
  summary?: string;
}

/**
 * The citation first, then one or many files by drag and drop; each file shows its own progress bar.
 * Files chosen together share the citation; each can be corrected in the table afterwards.
 */
export function UploadPanel({ communeId }: { communeId: string }) {
  const [form] = Form.useForm<CitationValues>();
  const upload = useUploadEvidence();
  const { message } = App.useApp();

  const limits = useUploadLimits();
  const maxBytes = limits.data?.maxUploadBytes;
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  // Files chosen together share the citation: it is cleared once the whole batch is stored, and kept when
  // one was refused (its message may be about a citation field to correct).
  const batch = useRef({ pending: 0, failed: false });
  const patch = (uid: string, change: Partial<QueuedFile>) =>
    setQueue((files) => files.map((f) => (f.uid === uid ? { ...f, ...change } : f)));
  const settle = (failed: boolean) => {
    batch.current.pending -= 1;
    batch.current.failed ||= failed;
    if (batch.current.pending === 0) {
      if (!batch.current.failed) form.resetFields();
      batch.current.failed = false;
    }
  };

  const refuse = (file: { uid: string; name: string }, error: string) => {
    setQueue((files) => [{ uid: file.uid, name: file.name, status: 'error', percent: 0, error }, ...files]);
    return Upload.LIST_IGNORE;
  };
  // Refused here, before a byte is sent: the server would answer 413 only after the browser sent the file.
  // Files upload as soon as they are chosen, so a citation with an impossible or future date stops them here
  // (its field says why) instead of being sent without it.
  const beforeUpload: UploadProps['beforeUpload'] = async (file) => {
    if (maxBytes !== undefined && file.size > maxBytes) return refuse(file, m.tooLarge(formatSize(maxBytes)));
    try {
      await form.validateFields();
    } catch {
      return refuse(file, m.citationInvalid);
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const values = form.getFieldsValue();
    const theFile = file as File & { uid: string };
    batch.current.pending += 1;
    setQueue((files) => [
      { uid: theFile.uid, name: theFile.name, status: 'uploading', percent: 0 },
      ...files,
    ]);
    upload
      .mutateAsync({
        communeId,
        file: theFile,
        citation: {
          docNumber: values.docNumber?.trim() ?? '',
          // The rules let only an ISO day or nothing through to here.
          docDate: typeof values.docDate === 'string' ? values.docDate : '',
          issuer: values.issuer?.trim() ?? '',
          summary: values.summary?.trim() ?? '',
        },
        onProgress: (percent) => {
          // 100% is shown only with the server's answer: the body may be sent and the file still refused.
          patch(theFile.uid, { percent: Math.min(percent, 99) });
          onProgress?.({ percent });
        },
      })
      .then((result) => {
        if (result.duplicate) message.info(vi.evidence.duplicate(result.evidence.fileName));
        else message.success(vi.evidence.uploaded(theFile.name));
        patch(theFile.uid, { status: result.duplicate ? 'duplicate' : 'done', percent: 100 });
        settle(false);
        onSuccess?.(result);
      })
      .catch((error: unknown) => {
        // A citation the server refuses is shown next to its field, and named next to the file.
        applyFieldErrors(form, error);
        const fieldMessages = isApiError(error) ? Object.values(error.fields) : [];
        const reason = fieldMessages.length > 0 ? fieldMessages.join(' ') : errorMessage(error);
        patch(theFile.uid, { status: 'error', error: reason });
        message.error(vi.evidence.uploadFailed(theFile.name, reason));
        settle(true);
        onError?.(new Error(reason), reason);
      });
  };

  return (
    <section aria-label={vi.evidence.uploadTitle}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {vi.evidence.uploadTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{vi.evidence.citationHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="evidence-citation" autoComplete="off">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={vi.evidence.docNumber} name="docNumber" rules={[{ max: 100 }]}>
              <Input placeholder={vi.evidence.docNumberPlaceholder} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={vi.evidence.docDate}
              name="docDate"
              rules={viDateRules({ notAfterToday: true })}
            >
              <ViDatePicker placeholder={vi.evidence.datePlaceholder} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={vi.evidence.issuer} name="issuer" rules={[{ max: 300 }]}>
              <Input placeholder={vi.evidence.issuerPlaceholder} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={vi.evidence.summary} name="summary" rules={[{ max: 2000 }]}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={vi.evidence.summaryPlaceholder}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Upload.Dragger
        name="file"
        multiple
        accept={ACCEPTED_FILES}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        showUploadList={false}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{vi.evidence.dropHint}</p>
        <p className="ant-upload-hint">
          {vi.evidence.dropDetail(maxBytes ? Math.floor(maxBytes / (1024 * 1024)) : MAX_UPLOAD_MB)}
        </p>
      </Upload.Dragger>
      <UploadQueue files={queue} />
    </section>
  );
}
