import type { Evidence } from '@xaso/domain/contracts/evidence';
import { Alert, App, Form, Input, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { useUpdateCitation } from '../api/update-citation.ts';

interface Values {
  docNumber?: string;
  docDate?: ViDateValue;
  issuer?: string;
  summary?: string;
}

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export function CitationModal({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateCitation();
  const { message } = App.useApp();

  const onFinish = (values: Values) => {
    update.mutate(
      {
        evidenceId: evidence.id,
        communeId: evidence.communeId,
        citation: {
          docNumber: orNull(values.docNumber),
          // The rules let only an ISO day or nothing through to here.
          docDate: typeof values.docDate === 'string' ? values.docDate : null,
          issuer: orNull(values.issuer),
          summary: orNull(values.summary),
        },
      },
      {
        onSuccess: () => {
          message.success(vi.evidence.citationSaved);
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={vi.evidence.editCitationTitle(evidence.fileName)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
    >
      {update.isError && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={errorMessage(update.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          docNumber: evidence.docNumber ?? '',
          docDate: evidence.docDate ?? null,
          issuer: evidence.issuer ?? '',
          summary: evidence.summary ?? '',
        }}
      >
        <Form.Item label={vi.evidence.docNumber} name="docNumber" rules={[{ max: 100 }]}>
          <Input placeholder={vi.evidence.docNumberPlaceholder} />
        </Form.Item>
        <Form.Item label={vi.evidence.docDate} name="docDate" rules={viDateRules({ notAfterToday: true })}>
          <ViDatePicker placeholder={vi.evidence.datePlaceholder} />
        </Form.Item>
        <Form.Item label={vi.evidence.issuer} name="issuer" rules={[{ max: 300 }]}>
          <Input placeholder={vi.evidence.issuerPlaceholder} />
        </Form.Item>
        <Form.Item label={vi.evidence.summary} name="summary" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
