import { describe, expect, it } from 'vitest';
import { type CommuneRef, matchCommune } from './commune-match.ts';
import { COMMUNES, ID } from './thuong-xuan.fixture.ts';

const found = (typed: string | number, communes: readonly CommuneRef[] = COMMUNES) => {
  const m = matchCommune(communes, typed);
  return m.ok ? m.commune.id : m.message;
};

describe('matchCommune: a name, whatever the case, diacritics, spacing or prefix', () => {
  it.each([
    'Xã Bát Mọt',
    'bát mọt',
    'Bat Mot',
    'BAT MOT',
    'xa bat mot',
    '  Xã   Bát  Mọt ',
    'Bát Một', // diacritics typed wrongly: tolerated while only one commune fits
    'Xã Bát Mọt'.normalize('NFD'), // another keyboard's Unicode form
  ])('“%s” is Xã Bát Mọt', (typed) => {
    expect(found(typed)).toBe(ID['Xã Bát Mọt']);
  });

  it('finds the town by its name with or without “Thị trấn”', () => {
    expect(found('Thường Xuân')).toBe(ID['Thị trấn Thường Xuân']);
    expect(found('thi tran thuong xuan')).toBe(ID['Thị trấn Thường Xuân']);
  });

  it('does not drop a prefix the person typed: the wrong type is unknown, with the right one suggested', () => {
    expect(found('Thị trấn Bát Mọt')).toBe(
      'Không tìm thấy “Thị trấn Bát Mọt” trong các xã của địa bàn. Có phải “Xã Bát Mọt”?',
    );
    expect(found('Xã Thường Xuân')).toBe(
      'Không tìm thấy “Xã Thường Xuân” trong các xã của địa bàn. Có phải “Thị trấn Thường Xuân”?',
    );
    expect(found('Đặc khu Bát Mọt')).toBe(
      'Không tìm thấy “Đặc khu Bát Mọt” trong các xã của địa bàn. Có phải “Xã Bát Mọt”?',
    );
    expect(found('Phường Thường Xuân')).toBe(
      'Không tìm thấy “Phường Thường Xuân” trong các xã của địa bàn. Có phải “Thị trấn Thường Xuân”?',
    );
  });

  it('answers a name it does not know without a suggestion', () => {
    expect(matchCommune(COMMUNES, 'Xã Bát Mọtt')).toEqual({
      ok: false,
      reason: 'unknown',
      message: 'Không tìm thấy “Xã Bát Mọtt” trong các xã của địa bàn.',
    });
  });

  it('suggests every commune the bare name could mean', () => {
    const two = [
      { id: 'a', name: 'Xã Tân Thành', gsoCode: null },
      { id: 'b', name: 'Thị trấn Tân Thành', gsoCode: null },
    ];
    expect(found('Phường Tân Thành', two)).toBe(
      'Không tìm thấy “Phường Tân Thành” trong các xã của địa bàn. Có phải “Xã Tân Thành” hoặc “Thị trấn Tân Thành”?',
    );
  });

  it('matches a unit whose name has no type prefix by its whole name only, suggesting it', () => {
    const odd = [{ id: 'z', name: 'Côn Cuông', gsoCode: null }];
    expect(found('con cuong', odd)).toBe('z');
    expect(found('Xã Côn Cuông', odd)).toBe(
      'Không tìm thấy “Xã Côn Cuông” trong các xã của địa bàn. Có phải “Côn Cuông”?',
    );
  });
});

describe('matchCommune: names that differ only by diacritics or type', () => {
  const twins: CommuneRef[] = [
    { id: 'loc', name: 'Xã Xuân Lộc', gsoCode: '15643' },
    { id: 'loc2', name: 'Xã Xuân Lốc', gsoCode: '99999' },
    { id: 'xa', name: 'Xã Tân Thành', gsoCode: null },
    { id: 'tt', name: 'Thị trấn Tân Thành', gsoCode: '00123' },
  ];

  it('lets the diacritics typed decide, whatever the case and spacing', () => {
    expect(found('Xuân Lộc', twins)).toBe('loc');
    expect(found('xuân lốc', twins)).toBe('loc2');
    expect(found('XUÂN LỘC', twins)).toBe('loc');
    expect(found('Xuân   Lốc', twins)).toBe('loc2');
    expect(found('Xã  Xuân Lộc', twins)).toBe('loc');
  });

  it('lets the typed type decide', () => {
    expect(found('Xã Tân Thành', twins)).toBe('xa');
    expect(found('thi tran tan thanh', twins)).toBe('tt');
  });

  it('refuses to guess when nothing typed decides, naming the candidates (with codes when known)', () => {
    const m = matchCommune(twins, 'Xuan Loc');
    expect(m).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: [twins[0], twins[1]],
      message:
        '“Xuan Loc” khớp với nhiều xã: Xã Xuân Lộc (15643), Xã Xuân Lốc (99999). Vui lòng ghi đúng tên có dấu hoặc mã ĐVHC.',
    });
    expect(found('Tân Thành', twins)).toBe(
      '“Tân Thành” khớp với nhiều xã: Xã Tân Thành, Thị trấn Tân Thành (00123). Vui lòng ghi đúng tên có dấu hoặc mã ĐVHC.',
    );
  });

  it('refuses two units of the same name even when typed exactly', () => {
    const same = [
      { id: 'old', name: 'Xã Quảng Bình', gsoCode: null },
      { id: 'new', name: 'Xã Quảng Bình', gsoCode: null },
    ];
    expect(matchCommune(same, 'Xã Quảng Bình')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });
});

describe('matchCommune: a GSO code', () => {
  it('matches five digits exactly, as text or as the number a spreadsheet keeps', () => {
    expect(found('15628')).toBe(ID['Xã Lương Sơn']);
    expect(found(15628)).toBe(ID['Xã Lương Sơn']);
    expect(found(' 15628 ')).toBe(ID['Xã Lương Sơn']);
  });

  it('puts back the leading zeros Excel strips from a number', () => {
    const hanoi = [{ id: 'px', name: 'Phường Phúc Xá', gsoCode: '00004' }];
    expect(found(4, hanoi)).toBe('px');
    expect(found(99_999, [{ id: 'n', name: 'Xã N', gsoCode: '99999' }])).toBe('n');
    expect(found(1, [{ id: 'one', name: 'Phường Một', gsoCode: '00001' }])).toBe('one');
  });

  it('answers a code that is not in the area', () => {
    expect(matchCommune(COMMUNES, '15907')).toEqual({
      ok: false,
      reason: 'unknown',
      message: 'Không có xã nào mã 15907 trong địa bàn.',
    });
    expect(found(2023)).toBe('Không có xã nào mã 02023 trong địa bàn.');
  });

  it('refuses digits that cannot be a commune code', () => {
    expect(matchCommune(COMMUNES, '1560')).toEqual({
      ok: false,
      reason: 'unknown',
      message: 'Mã ĐVHC của xã gồm 5 chữ số; “1560” không phải mã xã.',
    });
    expect(found('156070')).toBe('Mã ĐVHC của xã gồm 5 chữ số; “156070” không phải mã xã.');
    expect(found(0)).toBe('Mã ĐVHC của xã gồm 5 chữ số; “0” không phải mã xã.');
    expect(found(100_000)).toBe('Mã ĐVHC của xã gồm 5 chữ số; “100000” không phải mã xã.');
  });

  it('reads a number that is not a whole code as a name, and finds none', () => {
    expect(found(15628.5)).toBe('Không tìm thấy “15628.5” trong các xã của địa bàn.');
    expect(found(-15628)).toBe('Không tìm thấy “-15628” trong các xã của địa bàn.');
  });

  it('refuses a code two units share (a successor reusing a predecessor’s code), asking for the name', () => {
    const reused = [
      { id: 'old', name: 'Xã Quảng Lưu', gsoCode: '16543' },
      { id: 'new', name: 'Xã Quảng Bình', gsoCode: '16543' },
    ];
    expect(found('16543', reused)).toBe(
      'Mã 16543 khớp với nhiều xã: Xã Quảng Lưu (16543), Xã Quảng Bình (16543). Vui lòng ghi tên xã thay cho mã.',
    );
  });
});
