import { Result } from 'antd';
import { vi } from '../../i18n/vi.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export default function FrameworksPage() {
  usePageTitle(vi.layout.frameworks);
  return (
    <Result
      status="info"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{vi.layout.frameworks}</h1>}
      subTitle={`${vi.frameworks.underConstruction}. ${vi.frameworks.underConstructionHint}`}
    />
  );
}
