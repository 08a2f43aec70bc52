import { App as AntApp } from 'antd';
import AppLayout from '../features/layout/AppLayout.tsx';

/**
 * The signed-in pages inside antd's App, which gives them message, modal and notification (App.useApp()).
 * Kept out of the first page's code: App brings those three components (~50 KB gzipped) and the login page
 * uses none of them.
 */
export default function SignedInLayout() {
  return (
    <AntApp>
      <AppLayout />
    </AntApp>
  );
}
