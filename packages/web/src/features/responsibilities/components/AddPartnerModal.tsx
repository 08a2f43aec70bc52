import { createPartnerRequestSchema } from '@xaso/domain/contracts/steering';
import { App, Form, Input, Modal } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { applyFieldErrors, zodRule } from '../../../lib/form.ts';
import { useCreatePartner } from '../api/matrix.ts';
import { responsibilityMessages as m } from '../messages.ts';

/** Adds an outside organisation to the area (a name, no account) and hands it back to be picked. */
export function AddPartnerModal({
  areaId,
  cycleId,
  onAdded,
  onClose,
}: {
  areaId: string;
  cycleId: string;
  onAdded: (partner: { id: string; name: string }) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const { message } = App.useApp();
  const create = useCreatePartner(areaId, cycleId);
  const submit = ({ name }: { name: string }) =>
    create.mutate(name.trim(), {
      onSuccess: (partner) => {
        message.success(m.partnerAdded(partner.name));
        onAdded(partner);
        onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error))
          form.setFields([{ name: 'name', errors: [String((error as Error).message)] }]);
      },
    });
  return (
    <Modal
      open
      title={m.addPartnerTitle}
      onCancel={onClose}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} name="add-partner">
        <Form.Item
          name="name"
          label={m.partnerName}
          rules={[
            { required: true, message: m.partnerNameRequired },
            zodRule(createPartnerRequestSchema.shape.name),
          ]}
        >
          <Input placeholder={m.partnerNamePlaceholder} maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
