import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { vi } from '../../i18n/vi.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export default function NotFoundPage() {
  usePageTitle(vi.layout.notFound);
  return (
    <Result
      status="404"
      title="404"
      subTitle={vi.layout.notFound}
      extra={
        <Link to="/">
          <Button type="primary">{vi.layout.backHome}</Button>
        </Link>
      }
    />
  );
}
