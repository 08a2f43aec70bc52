import { ERROR_MESSAGES } from '@xaso/domain/errors';
import type { Action } from '@xaso/domain/roles';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useCan } from '../lib/session.ts';

/** Pages reached by typing a URL still check the action; the server checks again. */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const allowed = useCan(action);
  if (!allowed) return <Result status="403" title="403" subTitle={ERROR_MESSAGES.FORBIDDEN} />;
  return children;
}
