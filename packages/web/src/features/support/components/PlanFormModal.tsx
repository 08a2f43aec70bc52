import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { SupportPlanInput, SupportRequestView } from '@xaso/domain/contracts/steering';
import { searchKey } from '@xaso/domain/text';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  type FormInstance,
  Grid,
  Input,
  Modal,
  Select,
} from 'antd';
import dayjs from 'dayjs';
import { vi } from '../../../i18n/vi.ts';
import { ViDatePicker, viDateRules } from '../../../lib/components/ViDatePicker.tsx';
import { ViNumberInput, viNumberItem } from '../../../lib/components/ViNumberInput.tsx';
import { usePlanChoices } from '../api/plan-choices.ts';
import { supportMessages as m } from '../messages.ts';
import { AMOUNT, EMPTY_ACTION, initialValues, type PlanValues, planOf } from '../plan-form-values.ts';

interface Props {
  request: SupportRequestView;
  submitting: boolean;
  problem: string | null;
  onSubmit: (plan: SupportPlanInput, form: FormInstance<PlanValues>) => void;
  onClose: () => void;
}

/** Summary, actions (what, which departments or partners, by when) and the budget if any. */
export function PlanFormModal({ request, submitting, problem, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<PlanValues>();
  const isPhone = Grid.useBreakpoint().md === false;
  const choices = usePlanChoices(request.cycleId, true);
  const hasBudget = Form.useWatch('hasBudget', form);
  const units = (choices.data?.departments ?? []).map((u) => ({ value: u.id, label: u.name }));
  const partners = (choices.data?.partners ?? []).map((p) => ({ value: p.id, label: p.name }));
  const select = {
    mode: 'multiple' as const,
    // Typed without diacritics ("van hoa") as often as with them.
    showSearch: {
      filterOption: (input: string, option?: { label?: unknown }) =>
        searchKey(String(option?.label ?? '')).includes(searchKey(input)),
    },
    style: { width: '100%' },
  };

  return (
    <Modal
      open
      title={`${m.planFormTitle} — ${request.criterion.code} ${request.commune.name}`}
      okText={request.plan ? m.resubmitPlan : m.submitPlan}
      cancelText={vi.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      width={isPhone ? '100%' : 820}
      style={isPhone ? { top: 0, paddingBottom: 0, maxWidth: '100vw' } : undefined}
      destroyOnHidden
    >
      {choices.isError && (
        <Alert type="warning" showIcon title={m.choicesUnavailable} style={{ marginBottom: 12 }} />
      )}
      {problem && <Alert type="error" role="alert" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<PlanValues>
        form={form}
        layout="vertical"
        name="support-plan"
        initialValues={initialValues(request.plan)}
        onFinish={(values) => onSubmit(planOf(values), form)}
        requiredMark={false}
      >
        <Form.Item
          label={m.planSummary}
          name="summary"
          rules={[{ required: true, whitespace: true, message: m.planSummaryRequired }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={4000}
            placeholder={m.planSummaryPlaceholder}
          />
        </Form.Item>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={m.actionTitle(index + 1)}
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={m.removeAction(index + 1)}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                >
                  <Form.Item
                    label={m.actionDescription}
                    name={[field.name, 'description']}
                    rules={[{ required: true, whitespace: true, message: m.actionDescriptionRequired }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                  </Form.Item>
                  <Flex gap={12} wrap>
                    <Form.Item
                      label={m.actionUnits}
                      name={[field.name, 'unitIds']}
                      style={{ flex: '1 1 220px', minWidth: 0 }}
                      dependencies={[['actions', field.name, 'partnerIds']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: async (_rule, value: string[] | undefined) => {
                            const partnerIds: string[] =
                              getFieldValue(['actions', field.name, 'partnerIds']) ?? [];
                            if ((value ?? []).length === 0 && partnerIds.length === 0)
                              throw new Error(m.actionNeedsCarrier);
                          },
                        }),
                      ]}
                    >
                      <Select {...select} options={units} loading={choices.isPending} />
                    </Form.Item>
                    <Form.Item
                      label={m.actionPartners}
                      name={[field.name, 'partnerIds']}
                      style={{ flex: '1 1 220px', minWidth: 0 }}
                    >
                      <Select {...select} options={partners} loading={choices.isPending} />
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    label={m.actionDue}
                    name={[field.name, 'dueDate']}
                    rules={[{ required: true, message: m.actionDueRequired }, ...viDateRules()]}
                    style={{ marginBottom: 0, maxWidth: 240 }}
                  >
                    <ViDatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add(EMPTY_ACTION)}
                style={{ alignSelf: 'start' }}
              >
                {m.addAction}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="hasBudget" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{m.hasBudget}</Checkbox>
        </Form.Item>
        {hasBudget && (
          <Flex gap={12} wrap>
            <Form.Item
              label={m.budgetAmount}
              name="amountVnd"
              style={{ flex: '1 1 200px', minWidth: 0 }}
              {...viNumberItem(AMOUNT)}
              rules={[{ required: true, message: m.budgetAmountRequired }, ...viNumberItem(AMOUNT).rules]}
            >
              <ViNumberInput {...AMOUNT} />
            </Form.Item>
            <Form.Item
              label={m.budgetSource}
              name="source"
              style={{ flex: '2 1 260px', minWidth: 0 }}
              rules={[{ required: true, whitespace: true, message: m.budgetSourceRequired }]}
            >
              <Input maxLength={200} placeholder={m.budgetSourcePlaceholder} />
            </Form.Item>
          </Flex>
        )}
      </Form>
    </Modal>
  );
}
