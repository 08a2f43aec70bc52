/** Strings of the home page ("Tổng quan"): what waits for each role (issue 10, item 16). */
export const homeMessages = {
  tasksTitle: 'Việc cần làm',
  noOpenCycles: 'Hiện chưa có kỳ đánh giá nào đang mở.',
  cycleTitle: (year: number, round: string | null) =>
    round ? `Kỳ đánh giá ${year} — ${round}` : `Kỳ đánh giá ${year}`,
  entered: (n: number) => (n === 0 ? 'Chưa nhập mục nào' : `Đã nhập ${n} mục`),
  deadline: (date: string, days: number) =>
    days < 0
      ? `Hạn ${date} (đã quá hạn ${-days} ngày)`
      : days === 0
        ? `Hạn ${date} (hôm nay)`
        : `Hạn ${date} (còn ${days} ngày)`,
  returned: (date: string) => `Được mở lại để sửa, đến ${date}`,
  locked: 'Đã khóa (quá hạn). Liên hệ cơ quan thường trực nếu cần mở lại.',
  openWorkspace: 'Mở bản tự đánh giá',
  submittedOn: (date: string) => `Đã gửi ngày ${date}`,
  officeTitle: 'Tình hình các xã',
  officeCounts: (submitted: number, inProgress: number, notStarted: number) =>
    `${submitted} đã gửi · ${inProgress} đang nhập · ${notStarted} chưa bắt đầu`,
  dueSoonTitle: 'Hạn trong 14 ngày tới',
  dueSoon: (date: string, days: number, waiting: number) =>
    `Hạn ${date} (còn ${days} ngày): ${waiting} xã chưa gửi`,
  noneDueSoon: 'Không có hạn nào trong 14 ngày tới.',
  openCycle: 'Xem kỳ đánh giá',
  areaTitle: 'Các xã trong địa bàn',
  noProgress: 'Chưa có số liệu',
  adminTitle: 'Hệ thống',
  users: (total: number, active: number) => `${total} tài khoản (${active} đang hoạt động)`,
  usersWithoutRoles: (n: number) => `${n} tài khoản chưa được phân quyền`,
  units: (roots: string, communes: number) => `${roots}: ${communes} xã, phường, thị trấn`,
  manageUsers: 'Quản lý người dùng',
  manageUnits: 'Đơn vị hành chính',
} as const;
