/** Strings of the in-app notifications (issue 12): the bell in the header and the page listing them. */
export const notificationMessages = {
  title: 'Thông báo',
  bell: (unread: number) => (unread > 0 ? `Thông báo, ${unread} chưa đọc` : 'Thông báo'),
  latest: 'Thông báo mới nhất',
  viewAll: 'Xem tất cả',
  markAllRead: 'Đánh dấu tất cả đã đọc',
  markRead: 'Đánh dấu đã đọc',
  markedAllRead: 'Đã đánh dấu tất cả thông báo là đã đọc.',
  unread: 'Chưa đọc',
  empty: 'Chưa có thông báo nào.',
  emptyUnread: 'Không có thông báo chưa đọc.',
  showAll: 'Tất cả',
  showUnread: 'Chưa đọc',
  unreadCount: (n: number) => (n > 0 ? `${n} thông báo chưa đọc` : 'Đã đọc hết thông báo'),
};
