import { describe, expect, test } from 'vitest';
import { bulkPatch, findRows, type MatrixRow, rowPatch } from './matrix-rows.ts';

const row = (code: string, name: string, member: string | null, lead?: string): MatrixRow => ({
  criterion: { code, name, groupName: 'Chính quyền số' },
  leadUnit: lead ? { id: `u-${lead}`, name: lead } : null,
  coordinatingUnits: [],
  partners: code === '2.4' ? [{ id: 'p1', name: 'Viettel Thanh Hóa' }] : [],
  responsibleMember: member ? { id: `m-${member}`, displayName: member } : null,
});
const rows = [
  row('1.1', 'Cổng thông tin điện tử', 'Lê Hữu Giáp', 'Văn phòng HĐND và UBND huyện'),
  row('2.4', 'Hạ tầng mạng', null, 'Phòng Văn hóa và Thông tin'),
  row('3.1', 'Thanh toán không dùng tiền mặt', null),
];
const codes = (found: MatrixRow[]) => found.map((r) => r.criterion.code);

describe('finding rows of the matrix', () => {
  test('by code, by a name typed without diacritics, by unit, partner or member', () => {
    expect(codes(findRows(rows, '2.4', false))).toEqual(['2.4']);
    expect(codes(findRows(rows, 'thanh toan', false))).toEqual(['3.1']);
    expect(codes(findRows(rows, 'van hoa', false))).toEqual(['2.4']);
    expect(codes(findRows(rows, 'VIETTEL', false))).toEqual(['2.4']);
    expect(codes(findRows(rows, 'giap', false))).toEqual(['1.1']);
  });

  test('an empty search finds every row; "unassigned only" keeps the rows without a member', () => {
    expect(codes(findRows(rows, '  ', false))).toEqual(['1.1', '2.4', '3.1']);
    expect(codes(findRows(rows, '', true))).toEqual(['2.4', '3.1']);
    expect(codes(findRows(rows, 'giap', true))).toEqual([]);
  });
});

describe('what an assignment sends', () => {
  test('a bulk assignment names only the fields filled in', () => {
    expect(bulkPatch({ leadUnitId: 'u1', coordinatingUnitIds: [], responsibleMemberId: null })).toEqual({
      leadUnitId: 'u1',
    });
    expect(bulkPatch({})).toEqual({});
  });

  test("a row's edit sends every field, an emptied one cleared", () => {
    expect(rowPatch({ partnerIds: ['p1'] })).toEqual({
      leadUnitId: null,
      coordinatingUnitIds: [],
      partnerIds: ['p1'],
      responsibleMemberId: null,
    });
  });
});
