import { useEffect } from 'react';
import { vi } from '../i18n/vi.ts';

export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = vi.pageTitle(page);
  }, [page]);
}
