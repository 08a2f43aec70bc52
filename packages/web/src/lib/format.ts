import dayjs from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');

const collator = new Intl.Collator('vi');

/** dd/MM/yyyy */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY') : '';
}

/** dd/MM/yyyy HH:mm */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '';
}

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
