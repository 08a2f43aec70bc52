import { Component, type ReactNode } from 'react';

const MESSAGES = {
  title: 'Không hiển thị được trang này',
  body: 'Có thể mạng vừa bị gián đoạn khi tải trang, hoặc hệ thống vừa được cập nhật. Dữ liệu đã lưu không bị ảnh hưởng.',
  reload: 'Tải lại trang',
} as const;

type Props = { children: ReactNode; resetKey: string };
type State = { failed: boolean; resetKey: string };

/**
 * Catches what would otherwise blank the whole app: a page's code that could not be downloaded (a weak network,
 * or a new version installed since the tab was opened, whose old chunk names are gone) or a page that throws
 * while rendering. Says so in Vietnamese with a reload button; moving to another page (`resetKey`) tries again.
 * Plain elements, no antd: it must render even when the app's own chunks failed.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" style={{ maxWidth: 480, margin: '15vh auto', padding: 24, fontFamily: 'inherit' }}>
        <h1 style={{ fontSize: 20, margin: '0 0 12px' }}>{MESSAGES.title}</h1>
        <p style={{ margin: '0 0 16px', lineHeight: 1.5 }}>{MESSAGES.body}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          style={{ padding: '8px 16px', fontSize: 16 }}
        >
          {MESSAGES.reload}
        </button>
      </div>
    );
  }
}
