import { Flex, Spin } from 'antd';
import { vi } from '../i18n/vi.ts';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin description={vi.common.loading} />
    </Flex>
  );
}
