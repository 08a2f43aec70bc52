import { emailSchema } from '@xaso/domain/contracts/users';
import { Form, Input } from 'antd';
import { zodRule } from '../../../lib/form.ts';
import { userEmailMessages as m } from '../messages.ts';

/** The optional address, checked with the server's own rule (an empty field means none). */
export function EmailField() {
  return (
    <Form.Item label={m.label} name="email" rules={[zodRule(emailSchema)]} extra={m.extra}>
      <Input
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        placeholder={m.placeholder}
      />
    </Form.Item>
  );
}
