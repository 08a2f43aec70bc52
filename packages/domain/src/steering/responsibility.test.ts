import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentChanges,
  bulkAssign,
  copyFromPreviousCycle,
  criteriaOf,
  emptyRow,
  type MatrixLabels,
  type ResponsibilityRow,
  responsibleFor,
  searchMatrix,
  unassignedCriteria,
  validateMatrix,
} from './responsibility.ts';

// Part of seed 002's table (Thường Xuân, 2023): departments, partners and members as the office picks them.
const departments = [
  { id: 'vhtt', name: 'Phòng Văn hóa và Thông tin' },
  { id: 'vp', name: 'Văn phòng HĐND và UBND huyện' },
  { id: 'tckh', name: 'Phòng Tài chính – Kế hoạch' },
  { id: 'nn', name: 'Phòng Nông nghiệp và PTNT' },
  { id: 'ca', name: 'Công an huyện' },
];
const partners = [
  { id: 'dnvt', name: 'Các doanh nghiệp viễn thông' },
  { id: 'tctd', name: 'Tổ chức tín dụng tại địa bàn' },
  { id: 'bv', name: 'Bệnh viện đa khoa huyện' },
  { id: 'agri', name: 'Agribank Thường Xuân' },
];
const members = [
  { id: 'giap', name: 'Lê Hữu Giáp' },
  { id: 'hoa', name: 'Lục Đăng Hỏa' },
  { id: 'tuong', name: 'Ngô Văn Tường' },
];
const row = (criterionCode: string, r: Partial<ResponsibilityRow> = {}): ResponsibilityRow => ({
  ...emptyRow(criterionCode),
  ...r,
});
const SEED: ResponsibilityRow[] = [
  row('1.1', { leadUnitId: 'vhtt', responsibleMemberId: 'giap' }),
  row('1.2', { leadUnitId: 'vp', coordinatingUnitIds: ['vhtt'], responsibleMemberId: 'hoa' }),
  row('3.2', { leadUnitId: 'vhtt', partnerIds: ['dnvt', 'tctd'], responsibleMemberId: 'giap' }),
  row('3.6', { leadUnitId: 'vp', partnerIds: ['bv'], responsibleMemberId: 'hoa' }),
  // The seed names no member for 3.11 and 4.6.
  row('3.11', { leadUnitId: 'vp', coordinatingUnitIds: ['ca'] }),
  row('4.6', { leadUnitId: 'ca', coordinatingUnitIds: ['vhtt'] }),
];
const crit = (code: string, name = `Tiêu chí ${code}`) => ({ code, name });

describe('copyFromPreviousCycle', () => {
  it('copies rows by code in the new set’s order, empties new criteria, reports dropped ones', () => {
    const copied = copyFromPreviousCycle(SEED, [crit('1.2'), crit('1.1'), crit('3.12'), crit('3.6')]);
    expect(copied.rows).toEqual([SEED[1], SEED[0], emptyRow('3.12'), SEED[3]]);
    expect(copied.added).toEqual(['3.12']);
    expect(copied.dropped).toEqual(['3.2', '3.11', '4.6']);
    expect(copied.renamed).toEqual([]);
  });

  it('gives the new cycle its own lists: editing them leaves the previous cycle’s matrix as appraised', () => {
    const copied = copyFromPreviousCycle(SEED, [crit('3.2')]);
    copied.rows[0]!.partnerIds.push('agri');
    copied.rows[0]!.coordinatingUnitIds.push('vp');
    expect(SEED[2]!.partnerIds).toEqual(['dnvt', 'tctd']);
    expect(SEED[2]!.coordinatingUnitIds).toEqual([]);
  });

  it('reports a code whose criterion was renamed, ignoring case and diacritics', () => {
    const before = [crit('1.6', 'Tỷ lệ hồ sơ TTHC trực tuyến'), crit('1.1', 'Xây dựng kế hoạch')];
    const after = [
      crit('1.6', 'TỶ LỆ HỒ SƠ TTHC TRỰC TUYẾN'),
      crit('1.1', 'Lãnh đạo điều hành trên môi trường số'),
    ];
    expect(copyFromPreviousCycle([row('1.6'), row('1.1')], after, before).renamed).toEqual([
      { code: '1.1', before: 'Xây dựng kế hoạch', after: 'Lãnh đạo điều hành trên môi trường số' },
    ]);
  });

  it('does not call a new criterion renamed', () => {
    expect(copyFromPreviousCycle([], [crit('1.1', 'Mới')], [crit('1.1', 'Cũ')]).renamed).toEqual([]);
  });
});

describe('bulkAssign', () => {
  it('sets the member on the selected criteria only', () => {
    const { rows, unknownCodes } = bulkAssign(SEED, ['3.11', '4.6'], { responsibleMemberId: 'hoa' });
    expect(rows.map((r) => r.responsibleMemberId)).toEqual(['giap', 'hoa', 'giap', 'hoa', 'hoa', 'hoa']);
    expect(rows[0]).toBe(SEED[0]);
    expect(unknownCodes).toEqual([]);
  });

  it('leaves fields not in the patch as they were, replaces lists without duplicates, clears with null', () => {
    const { rows } = bulkAssign(SEED, ['3.2'], {
      coordinatingUnitIds: ['vp', 'vp', 'tckh'],
      leadUnitId: null,
    });
    expect(rows[2]).toEqual(
      row('3.2', {
        leadUnitId: null,
        coordinatingUnitIds: ['vp', 'tckh'],
        partnerIds: ['dnvt', 'tctd'],
        responsibleMemberId: 'giap',
      }),
    );
    const cleared = bulkAssign(SEED, ['1.1'], { responsibleMemberId: null, partnerIds: ['bv', 'bv'] })
      .rows[0];
    expect(cleared).toEqual(row('1.1', { leadUnitId: 'vhtt', partnerIds: ['bv'] }));
  });

  it('keeps the lists a patch does not name', () => {
    const { rows } = bulkAssign(SEED, ['1.2', '3.2'], { responsibleMemberId: 'tuong' });
    expect(rows[1]).toEqual(
      row('1.2', { leadUnitId: 'vp', coordinatingUnitIds: ['vhtt'], responsibleMemberId: 'tuong' }),
    );
    expect(rows[2]!.partnerIds).toEqual(['dnvt', 'tctd']);
  });

  it('does not change the rows it was given', () => {
    bulkAssign(SEED, ['3.2'], { partnerIds: [], leadUnitId: 'tckh' });
    expect(SEED[2]).toEqual(
      row('3.2', { leadUnitId: 'vhtt', partnerIds: ['dnvt', 'tctd'], responsibleMemberId: 'giap' }),
    );
  });

  it('returns the codes the matrix does not have, once each', () => {
    expect(bulkAssign(SEED, ['9.9', '1.1', '9.9'], { leadUnitId: 'vp' }).unknownCodes).toEqual(['9.9']);
  });
});

describe('reading the matrix', () => {
  it('flags the criteria with no responsible member (3.11 and 4.6 in seed 002)', () => {
    expect(unassignedCriteria(SEED)).toEqual(['3.11', '4.6']);
  });

  it('lists a member’s criteria and finds a criterion’s member', () => {
    expect(criteriaOf(SEED, 'giap')).toEqual(['1.1', '3.2']);
    expect(criteriaOf(SEED, 'nobody')).toEqual([]);
    expect(responsibleFor(SEED, '3.6')).toBe('hoa');
    expect(responsibleFor(SEED, '3.11')).toBeNull();
    expect(responsibleFor(SEED, '9.9')).toBeNull();
  });
});

describe('assignmentChanges', () => {
  it('lists the criteria whose member changed, in the new order, a new criterion as from nobody', () => {
    const after = bulkAssign(SEED, ['3.11', '1.2'], { responsibleMemberId: 'tuong' }).rows;
    after.push(row('4.8', { responsibleMemberId: 'giap' }), row('4.7'));
    after[0] = { ...after[0]!, responsibleMemberId: null };
    expect(assignmentChanges(SEED, after)).toEqual([
      { criterionCode: '1.1', from: 'giap', to: null },
      { criterionCode: '1.2', from: 'hoa', to: 'tuong' },
      { criterionCode: '3.11', from: null, to: 'tuong' },
      { criterionCode: '4.8', from: null, to: 'giap' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(assignmentChanges(SEED, SEED)).toEqual([]);
  });
});

describe('searchMatrix', () => {
  const labels: MatrixLabels = {
    criteria: new Map([
      ['3.6', 'Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến'],
      ['1.1', 'Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số'],
    ]),
    units: new Map(departments.map((d) => [d.id, d.name])),
    partners: new Map(partners.map((p) => [p.id, p.name])),
    members: new Map(members.map((m) => [m.id, m.name])),
  };
  const codes = (q: string) => searchMatrix(SEED, q, labels).map((r) => r.criterionCode);

  it.each([
    ['giap', ['1.1', '3.2']],
    ['Lục Đăng Hỏa', ['1.2', '3.6']],
    ['suc khoe', ['3.6']],
    ['3.1', ['3.11']],
    ['cong an', ['3.11', '4.6']],
    ['văn hóa', ['1.1', '1.2', '3.2', '4.6']],
    ['vien thong', ['3.2']],
    ['benh vien', ['3.6']],
    ['  ', ['1.1', '1.2', '3.2', '3.6', '3.11', '4.6']],
    ['không có', []],
  ])('“%s” finds %j', (q, expected) => {
    expect(codes(q)).toEqual(expected);
  });

  it('copes with ids that have no label', () => {
    const bare = { criteria: new Map(), units: new Map(), partners: new Map(), members: new Map() };
    expect(searchMatrix(SEED, 'giap', bare)).toEqual([]);
    expect(searchMatrix(SEED, '4.6', bare)).toEqual([SEED[5]]);
    // An id without a label matches no text at all.
    expect(searchMatrix(SEED, 'a', bare)).toEqual([]);
  });
});

describe('validateMatrix', () => {
  const refs = { departments, partners, members };

  it('accepts the seed’s rows, unassigned members included', () => {
    expect(validateMatrix(SEED, refs)).toEqual({});
    expect(validateMatrix(SEED, { ...refs, criteria: ['1.1', '1.2', '3.2', '3.6', '3.11', '4.6'] })).toEqual(
      {},
    );
  });

  it('refuses ids the area does not have, with a message per field', () => {
    const bad = [
      row('1.1', {
        leadUnitId: 'dnvt',
        coordinatingUnitIds: ['vp', 'bv'],
        partnerIds: ['tctd', 'vhtt'],
        responsibleMemberId: 'chutich.batmot',
      }),
    ];
    expect(validateMatrix(bad, refs)).toEqual({
      'rows.0.leadUnitId': 'Đơn vị chủ trì phải là một phòng, ban của địa bàn.',
      'rows.0.coordinatingUnitIds.1':
        'Đơn vị phối hợp phải là một phòng, ban của địa bàn; tổ chức bên ngoài chọn ở cột đối tác.',
      'rows.0.partnerIds.1':
        'Không tìm thấy tổ chức phối hợp này (doanh nghiệp viễn thông, ngân hàng, …) trong danh sách đối tác.',
      'rows.0.responsibleMemberId': 'Người chịu trách nhiệm phải là thành viên BCĐ của địa bàn.',
    });
  });

  it('refuses the lead unit again among the coordinating ones, and a unit or partner twice', () => {
    const bad = [
      row('1.2', { leadUnitId: 'vp', coordinatingUnitIds: ['vhtt', 'vp', 'vhtt'], partnerIds: ['bv', 'bv'] }),
    ];
    expect(validateMatrix(bad, refs)).toEqual({
      'rows.0.coordinatingUnitIds.1':
        'Văn phòng HĐND và UBND huyện đã là đơn vị chủ trì, không ghi thêm ở đơn vị phối hợp.',
      'rows.0.coordinatingUnitIds.2': 'Phòng Văn hóa và Thông tin được chọn hai lần.',
      'rows.0.partnerIds.1': 'Bệnh viện đa khoa huyện được chọn hai lần.',
    });
  });

  it('wants one row per criterion of the set: none twice, none foreign, none missing', () => {
    const rows = [row('1.1'), row('1.1'), row('9.9')];
    expect(validateMatrix(rows, { ...refs, criteria: ['1.1', '1.2', '1.3'] })).toEqual({
      'rows.1.criterionCode': 'Tiêu chí 1.1 có hai dòng phân công.',
      'rows.2.criterionCode': 'Bộ tiêu chí của kỳ không có tiêu chí 9.9.',
      rows: 'Thiếu dòng phân công cho tiêu chí 1.2, 1.3.',
    });
    // Without the set, a foreign code cannot be told.
    expect(validateMatrix([row('9.9')], refs)).toEqual({});
  });

  it('names the second of two rows for the same criterion even when the set does not have it', () => {
    expect(validateMatrix([row('9.9'), row('9.9')], { ...refs, criteria: [] })).toEqual({
      'rows.0.criterionCode': 'Bộ tiêu chí của kỳ không có tiêu chí 9.9.',
      'rows.1.criterionCode': 'Tiêu chí 9.9 có hai dòng phân công.',
    });
  });
});

describe('matrix properties', () => {
  const codes = fc.uniqueArray(fc.constantFrom('1.1', '1.2', '2.1', '2.2', '3.1', '3.11', '4.6'), {
    minLength: 1,
  });

  it('a copy has exactly one row per new criterion, and every previous code is kept or reported dropped', () => {
    fc.assert(
      fc.property(codes, codes, (before, after) => {
        const copied = copyFromPreviousCycle(
          before.map((c) => row(c, { responsibleMemberId: 'giap' })),
          after.map((c) => crit(c)),
        );
        expect(copied.rows.map((r) => r.criterionCode)).toEqual(after);
        expect([...copied.dropped, ...after.filter((c) => before.includes(c))].sort()).toEqual(
          [...before].sort(),
        );
        expect(copied.added.length + after.filter((c) => before.includes(c)).length).toBe(after.length);
      }),
    );
  });

  it('after assigning a member to some criteria, none of them is unassigned', () => {
    fc.assert(
      fc.property(codes, codes, (all, chosen) => {
        const { rows } = bulkAssign(
          all.map((c) => row(c)),
          chosen,
          { responsibleMemberId: 'hoa' },
        );
        const open = new Set(unassignedCriteria(rows));
        expect(chosen.some((c) => all.includes(c) && open.has(c))).toBe(false);
        expect(open.size + criteriaOf(rows, 'hoa').length).toBe(all.length);
      }),
    );
  });
});
