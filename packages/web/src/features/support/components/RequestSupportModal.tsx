import type { WorkspaceItem } from '@xaso/domain/contracts/assessments';
import { searchKey } from '@xaso/domain/text';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { ViDatePicker, type ViDateValue, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { applyFieldErrors } from '../../../lib/form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useEvidenceLibrary } from '../../workspace/api/list-evidence.ts';
import { useCreateSupportRequest } from '../api/create-support-request.ts';
import { supportMessages as m } from '../messages.ts';

interface Values {
  need: string;
  neededBy: ViDateValue;
  evidenceIds: string[];
}

interface Props {
  cycleId: string;
  communeId: string;
  item: WorkspaceItem;
  onClose: () => void;
}

const today = () => dayjs().format('YYYY-MM-DD');

/** What the commune needs for one criterion, by when, and documents from its library to go with it. */
export function RequestSupportModal({ cycleId, communeId, item, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateSupportRequest();
  const library = useEvidenceLibrary(communeId, true);
  const [problem, setProblem] = useState<string | null>(null);
  // The criterion's own evidence first: the documents most likely to explain what is missing.
  const linked = new Set(item.evidence.map((e) => e.id));
  const options = [...(library.data ?? [])]
    .sort(
      (a, b) =>
        Number(linked.has(b.id)) - Number(linked.has(a.id)) || b.uploadedAt.localeCompare(a.uploadedAt),
    )
    .map((doc) => {
      const label = vi.evidence.citationOf(doc.docNumber, formatDate(doc.docDate)) || doc.fileName;
      return {
        value: doc.id,
        label,
        key: searchKey([doc.docNumber, doc.summary, doc.fileName].filter(Boolean).join(' ')),
        title: doc.summary ? `${label} — ${doc.summary}` : label,
      };
    });

  const onFinish = (values: Values) => {
    if (typeof values.neededBy !== 'string') return;
    setProblem(null);
    create.mutate(
      {
        cycleId,
        communeUnitId: communeId,
        criterionCode: item.code,
        need: values.need.trim(),
        neededBy: values.neededBy,
        evidenceIds: values.evidenceIds ?? [],
      },
      {
        onSuccess: () => {
          message.success(m.sent);
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={m.formTitle(item.code)}
      okText={m.send}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {item.code} {item.name}
      </Typography.Paragraph>
      {problem && <Alert type="error" role="alert" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name={`support-request-${item.code}`}
        onFinish={onFinish}
        initialValues={{ need: '', neededBy: null, evidenceIds: [] }}
        requiredMark={false}
      >
        <Form.Item
          label={m.need}
          name="need"
          rules={[{ required: true, whitespace: true, min: 10, message: m.needRequired }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={4000}
            placeholder={m.needPlaceholder}
          />
        </Form.Item>
        <Form.Item
          label={m.neededBy}
          name="neededBy"
          rules={[
            { required: true, message: m.neededByRequired },
            ...viDateRules(),
            {
              validator: async (_rule, value: unknown) => {
                if (typeof value === 'string' && value < today()) throw new Error(m.neededByPast);
              },
            },
          ]}
        >
          <ViDatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label={m.attachments} name="evidenceIds" extra={m.attachmentsHint}>
          <Select
            mode="multiple"
            options={options}
            loading={library.isPending}
            placeholder={m.attachmentsPlaceholder}
            showSearch={{
              filterOption: (input, option) =>
                ((option as { key?: string } | undefined)?.key ?? '').includes(searchKey(input)),
            }}
            notFoundContent={library.isPending ? vi.common.loading : vi.workspace.libraryEmpty}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
