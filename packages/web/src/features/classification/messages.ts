import { CLASSIFICATION_LABELS } from '@xaso/domain/steering/classification';

/** Strings of the office's classification page (phân loại tiêu chí, seed 002 Điều 2.2; issue 12). */
export const classificationMessages = {
  title: 'Phân loại tiêu chí',
  pageTitle: (cycle: string) => `Phân loại tiêu chí — ${cycle}`,
  intro:
    'Theo bản tự đánh giá của các xã: tiêu chí xã tự hoàn thành và tiêu chí cần hỗ trợ. Số liệu dùng cho báo cáo Trưởng Ban Chỉ đạo.',
  backToCycle: 'Về kỳ đánh giá',
  labels: CLASSIFICATION_LABELS,
  independent: CLASSIFICATION_LABELS.independent,
  needsSupport: CLASSIFICATION_LABELS.needs_support,
  unset: CLASSIFICATION_LABELS.unset,
  total: 'Tổng',
  totals: (independent: number, needsSupport: number, unset: number) =>
    `Tự hoàn thành: ${independent} · Cần hỗ trợ: ${needsSupport} · Chưa phân loại: ${unset}`,

  filterCommune: 'Xã',
  filterCriterion: 'Tiêu chí',
  filterValue: 'Phân loại',
  allCommunes: 'Tất cả các xã',
  allCriteria: 'Tất cả tiêu chí',
  allValues: 'Mọi phân loại',
  clearFilters: 'Bỏ lọc',
  export: 'Xuất Excel',

  byCommune: 'Theo xã',
  byCriterion: 'Theo tiêu chí',
  list: (n: number) => `Danh sách (${n})`,
  commune: 'Xã',
  criterion: 'Tiêu chí',
  value: 'Phân loại',
  plannedCompletion: 'Dự kiến hoàn thành',
  submitted: 'Đã gửi tự đánh giá',
  notSubmitted: 'Chưa gửi',
  showList: (what: string) => `Xem danh sách: ${what}`,
  chartLabel: (n: number) => `Biểu đồ số tiêu chí tự hoàn thành, cần hỗ trợ và chưa phân loại của ${n} xã`,
  noCommunes: 'Kỳ đánh giá chưa có xã nào.',
  noRows: 'Không có dòng nào khớp với bộ lọc.',
  noCycle: 'Chưa có kỳ đánh giá nào để xem phân loại.',
} as const;
