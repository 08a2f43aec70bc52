import { InboxOutlined } from '@ant-design/icons';
import { App, Col, DatePicker, Form, Input, Row, Typography, Upload, type UploadProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, isApiError } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useUploadEvidence } from '../api/upload-evidence.ts';
import { ACCEPTED_FILES, MAX_UPLOAD_MB } from '../evidence-files.ts';

interface CitationValues {
  docNumber?: string;
  docDate?: Dayjs | null;
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

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const values = form.getFieldsValue();
    const theFile = file as File;
    upload
      .mutateAsync({
        communeId,
        file: theFile,
        citation: {
          docNumber: values.docNumber?.trim() ?? '',
          docDate: values.docDate ? values.docDate.format('YYYY-MM-DD') : '',
          issuer: values.issuer?.trim() ?? '',
          summary: values.summary?.trim() ?? '',
        },
        onProgress: (percent) => onProgress?.({ percent }),
      })
      .then((result) => {
        if (result.duplicate) message.info(vi.evidence.duplicate(result.evidence.fileName));
        else message.success(vi.evidence.uploaded(theFile.name));
        onSuccess?.(result);
      })
      .catch((error: unknown) => {
        // A citation the server refuses is shown next to its field, and named in the file's message.
        applyFieldErrors(form, error);
        const fieldMessages = isApiError(error) ? Object.values(error.fields) : [];
        const reason = fieldMessages.length > 0 ? fieldMessages.join(' ') : errorMessage(error);
        message.error(vi.evidence.uploadFailed(theFile.name, reason));
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
            <Form.Item label={vi.evidence.docDate} name="docDate">
              <DatePicker
                format="DD/MM/YYYY"
                placeholder={vi.evidence.datePlaceholder}
                style={{ width: '100%' }}
              />
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
        customRequest={customRequest}
        progress={{ size: 3, showInfo: true }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{vi.evidence.dropHint}</p>
        <p className="ant-upload-hint">{vi.evidence.dropDetail(MAX_UPLOAD_MB)}</p>
      </Upload.Dragger>
    </section>
  );
}
