import type { MailJob } from './mail-jobs.ts';

/**
 * The e-mail of a notification: the title as the subject (what the bell says), a greeting, the title again
 * and the page to open. With PUBLIC_URL the link is absolute; without it the server does not know the address
 * people use, so the path inside the app is given (the reader opens Xã Số and follows it).
 */
export function composeMail(job: MailJob, publicUrl: string | null): { subject: string; text: string } {
  const where = job.link
    ? publicUrl
      ? `Xem chi tiết: ${publicUrl}${job.link}`
      : `Xem chi tiết trong Xã Số, tại trang ${job.link}`
    : publicUrl
      ? `Mở Xã Số: ${publicUrl}/`
      : 'Đăng nhập Xã Số để xem chi tiết.';
  const greeting = job.to.displayName ? `Kính gửi ${job.to.displayName},` : 'Kính gửi anh/chị,';
  return {
    subject: job.title,
    text: [
      greeting,
      '',
      `${job.title}.`,
      '',
      where,
      '',
      '—',
      'Thư tự động từ hệ thống Xã Số (thông báo trong ứng dụng cũng có nội dung này). Vui lòng không trả lời thư này.',
      '',
    ].join('\n'),
  };
}
