import { PlusOutlined } from '@ant-design/icons';
import type { MatrixResponse } from '@xaso/domain/contracts/steering';
import { searchKey } from '@xaso/domain/text';
import { Button, Col, Flex, Form, Row, Select } from 'antd';
import { type ReactNode, useState } from 'react';
import { compareVi } from '../../../lib/format.ts';
import { responsibilityMessages as m } from '../messages.ts';
import { AddPartnerModal } from './AddPartnerModal.tsx';

type Choices = MatrixResponse['choices'];

const byName = (a: { label: string }, b: { label: string }) => compareVi(a.label, b.label);
const options = (items: { id: string; name: string }[]) =>
  items.map((i) => ({ value: i.id, label: i.name })).sort(byName);
// Search ignores diacritics, as every search of the app ("van hoa" finds "Phòng Văn hóa và Thông tin").
const search = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};

/**
 * The four pickers of an assignment, as form items (`leadUnitId`, `coordinatingUnitIds`, `partnerIds`,
 * `responsibleMemberId`) inside the caller's form; a partner not listed yet is added from here.
 */
export function AssignmentFields({
  choices,
  areaId,
  cycleId,
  columns = 1,
  action,
}: {
  choices: Choices;
  areaId: string;
  cycleId: string;
  /** 4 in the bulk bar of a wide screen, 1 in a dialog. */
  columns?: 1 | 4;
  /** Beside the pickers on a wide screen (the bulk bar's button), so the bar stays low. */
  action?: ReactNode;
}) {
  const form = Form.useFormInstance();
  const [adding, setAdding] = useState(false);
  // A partner just added is picked at once, before the matrix (and its list of partners) is read again.
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  const partners = [
    ...choices.partners,
    ...added.filter((a) => !choices.partners.some((p) => p.id === a.id)),
  ];
  const span = columns === 1 ? 24 : 5;
  const departments = options(choices.departments);
  const members = choices.members.map((p) => ({ value: p.id, label: p.displayName })).sort(byName);

  return (
    <Row gutter={12}>
      <Col xs={24} md={span}>
        <Form.Item name="leadUnitId" label={m.leadUnit}>
          <Select allowClear showSearch={search} placeholder={m.pickLead} options={departments} />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="coordinatingUnitIds" label={m.coordinatingUnits}>
          <Select
            mode="multiple"
            allowClear
            showSearch={search}
            placeholder={m.pickUnits}
            options={departments}
            maxTagCount="responsive"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item label={m.partners}>
          <Flex gap={4} align="start">
            <Form.Item name="partnerIds" noStyle>
              <Select
                mode="multiple"
                allowClear
                showSearch={search}
                placeholder={m.pickPartners}
                options={options(partners)}
                maxTagCount="responsive"
                aria-label={m.partners}
                style={{ flex: 1, minWidth: 0 }}
              />
            </Form.Item>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} aria-label={m.addPartner}>
              {columns === 1 ? m.addPartner : null}
            </Button>
          </Flex>
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="responsibleMemberId" label={m.member}>
          <Select allowClear showSearch={search} placeholder={m.pickMember} options={members} />
        </Form.Item>
      </Col>
      {action && (
        <Col
          xs={24}
          md={24 - 4 * span}
          style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 24 }}
        >
          {action}
        </Col>
      )}
      {adding && (
        <AddPartnerModal
          areaId={areaId}
          cycleId={cycleId}
          onClose={() => setAdding(false)}
          onAdded={(partner) => {
            setAdded([...added, partner]);
            const current = (form.getFieldValue('partnerIds') as string[] | undefined) ?? [];
            form.setFieldValue('partnerIds', [...current, partner.id]);
          }}
        />
      )}
    </Row>
  );
}
