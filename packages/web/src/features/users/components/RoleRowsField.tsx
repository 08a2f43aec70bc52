import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { RoleAssignment } from '@xaso/domain/contracts/auth';
import { roleGrantSchema } from '@xaso/domain/contracts/users';
import { GRANTABLE_ROLES, ROLE_LABELS, ROLES } from '@xaso/domain/roles';
import { Button, Col, Form, Row, Select } from 'antd';
import { vi } from '../../../i18n/vi.ts';
import { zodRule } from '../../../lib/form.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { OrgUnitSelect } from './OrgUnitSelect.tsx';

/** Rows of (role, org unit) for a user; a role on a unit covers the unit's whole subtree. */
export function RoleRowsField({ knownUnits = [] }: { knownUnits?: RoleAssignment['orgUnit'][] }) {
  // Only the roles this user may grant are offered; the server checks again, unit by unit.
  const mine = useCurrentUser().roles.map((r) => r.role);
  const roleOptions = ROLES.filter((role) => mine.some((m) => GRANTABLE_ROLES[m].includes(role))).map(
    (role) => ({
      value: role,
      label: ROLE_LABELS[role],
    }),
  );

  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>{vi.users.roles}</legend>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex="1 1 0" style={{ minWidth: 0 }}>
                <Row gutter={8}>
                  <Col xs={24} sm={10}>
                    <Form.Item
                      name={[field.name, 'role']}
                      label={`${vi.users.role} ${index + 1}`}
                      rules={[{ required: true, message: vi.users.roleRequired }]}
                    >
                      <Select options={roleOptions} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={14}>
                    <Form.Item
                      name={[field.name, 'orgUnitId']}
                      label={`${vi.users.orgUnit} ${index + 1}`}
                      rules={[zodRule(roleGrantSchema.shape.orgUnitId)]}
                    >
                      <OrgUnitSelect knownUnits={knownUnits} />
                    </Form.Item>
                  </Col>
                </Row>
              </Col>
              <Col flex="none" style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${vi.users.removeRole} (${index + 1})`}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
            {vi.users.addRole}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
