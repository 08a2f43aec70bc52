import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { useFrameworkItems } from '../api/get-framework-items.ts';

/** Rows of "criterion not applicable this cycle" with the reason, as the office marked 2.5 in 2022. */
export function ExclusionRows({ frameworkId }: { frameworkId: string | undefined }) {
  const items = useFrameworkItems(frameworkId);
  const options = (items.data ?? []).map((item) => ({
    value: item.code,
    label: `${item.code} ${item.name}`,
  }));
  return (
    <Form.List name="exclusions">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} wrap align="start">
              <Form.Item
                name={[field.name, 'itemCode']}
                rules={[{ required: true, message: vi.cycles.exclusionCodeRequired }]}
                style={{ flex: '1 1 220px', minWidth: 0, marginBottom: 0 }}
              >
                <Select
                  aria-label={vi.cycles.exclusionCode(index + 1)}
                  placeholder={vi.cycles.pickCriterion}
                  options={options}
                  loading={items.isFetching}
                  showSearch={{ optionFilterProp: 'label' }}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'reason']}
                rules={[{ required: true, min: 3, message: vi.cycles.exclusionReasonRequired }]}
                style={{ flex: '2 1 240px', minWidth: 0, marginBottom: 0 }}
              >
                <Input
                  aria-label={vi.cycles.exclusionReason(index + 1)}
                  placeholder={vi.cycles.exclusionReasonPlaceholder}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={vi.cycles.removeExclusion}
                title={vi.cycles.removeExclusion}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <div>
            <Button
              icon={<PlusOutlined />}
              disabled={!frameworkId}
              onClick={() => add({ itemCode: undefined, reason: '' })}
            >
              {vi.cycles.addExclusion}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
