import type { Role } from '@xaso/domain/roles';

/** Demo accounts: one per role, named by role (no real person). Printed at start and listed in the README. */
export const DEMO_PASSWORD = 'xaso-demo-2026';

export const DEMO_ACCOUNTS: Array<{ username: string; displayName: string; role: Role; unitCode: string }> = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unitCode: '38' },
  { username: 'so.cds', displayName: 'Chuyên viên Sở (CĐS tỉnh)', role: 'province_office', unitCode: '38' },
  {
    username: 'vhtt.thuongxuan',
    displayName: 'Chuyên viên Phòng VHTT Thường Xuân',
    role: 'standing_office',
    unitCode: '396',
  },
  {
    username: 'bcd.thuongxuan',
    displayName: 'Thành viên BCĐ huyện Thường Xuân',
    role: 'steering_member',
    unitCode: '396',
  },
  {
    username: 'truongbcd.thuongxuan',
    displayName: 'Trưởng BCĐ huyện Thường Xuân',
    role: 'steering_head',
    unitCode: '396',
  },
  {
    username: 'canbo.batmot',
    displayName: 'Cán bộ văn hóa xã Bát Mọt',
    role: 'commune_officer',
    unitCode: '15607',
  },
  {
    username: 'chutich.batmot',
    displayName: 'Chủ tịch UBND xã Bát Mọt',
    role: 'commune_head',
    unitCode: '15607',
  },
  {
    username: 'canbo.yennhan',
    displayName: 'Cán bộ văn hóa xã Yên Nhân',
    role: 'commune_officer',
    unitCode: '15610',
  },
];

/** Thanh Hóa with the three districts of the seed documents, in the statistics office's catalogue shape. */
export const DEMO_CATALOGUE = {
  data_date: '01/03/2025',
  data: [
    {
      level1_id: '38',
      name: 'Tỉnh Thanh Hóa',
      type: 'Tỉnh',
      level2s: [
        {
          level2_id: '396',
          name: 'Huyện Thường Xuân',
          type: 'Huyện',
          level3s: [
            ['15607', 'Xã Bát Mọt'],
            ['15610', 'Xã Yên Nhân'],
            ['15619', 'Xã Xuân Lẹ'],
            ['15622', 'Xã Vạn Xuân'],
            ['15628', 'Xã Lương Sơn'],
            ['15631', 'Xã Xuân Cao'],
            ['15634', 'Xã Luận Thành'],
            ['15637', 'Xã Luận Khê'],
            ['15640', 'Xã Xuân Thắng'],
            ['15643', 'Xã Xuân Lộc'],
            ['15646', 'Thị trấn Thường Xuân'],
            ['15649', 'Xã Xuân Dương'],
            ['15652', 'Xã Thọ Thanh'],
            ['15655', 'Xã Ngọc Phụng'],
            ['15658', 'Xã Xuân Chinh'],
            ['15661', 'Xã Tân Thành'],
          ].map(([level3_id, name]) => ({
            level3_id,
            name,
            type: name!.startsWith('Thị trấn') ? 'Thị trấn' : 'Xã',
          })),
        },
        {
          level2_id: '399',
          name: 'Huyện Hoằng Hóa',
          type: 'Huyện',
          level3s: [{ level3_id: '15907', name: 'Xã Hoằng Cát', type: 'Xã' }],
        },
        {
          level2_id: '406',
          name: 'Huyện Quảng Xương',
          type: 'Huyện',
          level3s: [{ level3_id: '16468', name: 'Xã Quảng Bình', type: 'Xã' }],
        },
      ],
    },
  ],
};

/** The Thường Xuân departments named in the responsibility decision (seed 002). */
export const DEMO_DEPARTMENTS = [
  'Phòng Văn hóa và Thông tin',
  'Văn phòng HĐND và UBND huyện',
  'Phòng Tài chính – Kế hoạch',
  'Phòng Nông nghiệp và PTNT',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Giáo dục và Đào tạo',
  'Công an huyện',
];
