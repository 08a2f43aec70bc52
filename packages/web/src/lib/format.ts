import dayjs from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');

const collator = new Intl.Collator('vi');

/** How dates are shown and typed everywhere: dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '';
}

/** dd/MM/yyyy HH:mm */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '';
}

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
