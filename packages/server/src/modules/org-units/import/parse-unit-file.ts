import { DAY_RANGE } from '@xaso/domain/contracts/common';
import {
  type CommuneSubtype,
  communeSubtypeFrom,
  isValidGsoCode,
  type OrgUnitType,
} from '@xaso/domain/org-unit';
import { controlCharacterAt, hasLoneSurrogate, nfc } from '@xaso/domain/text';

/** One unit as a catalogue file describes it. */
export type CatalogueUnit = {
  gsoCode: string;
  name: string;
  type: OrgUnitType;
  subtype: CommuneSubtype | null;
  parentCode: string | null;
};

export type Succession = {
  predecessorCode: string;
  /** Usually the successor's own level; an island district without communes became a special zone in 2025. */
  predecessorType: OrgUnitType;
  successorCode: string;
  kind: 'full' | 'partial';
};

/**
 * A catalogue read from one file. `gso`: the statistics office's three-level list valid on a day.
 * `merges`: the two-level list of the 2025 reform, with the units each new one replaced.
 */
export type Catalogue = {
  shape: 'gso' | 'merges';
  /** ISO day the catalogue is valid from. */
  effectiveOn: string;
  units: CatalogueUnit[];
  successions: Succession[];
};

export class CatalogueError extends Error {}

type Raw = Record<string, unknown>;

const REFORM_DAY = '2025-07-01';

/** The longest official unit name is under 60 characters; 200 leaves room and refuses garbage. */
export const UNIT_NAME_MAX = 200;

function fail(where: string, message: string): never {
  throw new CatalogueError(`${where}: ${message}`);
}

/** A value as a message shows it: control characters escaped, so a NUL cannot garble the terminal. */
function shown(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short).slice(1, -1);
}

/**
 * A text field of one entry: one line, no control character (PostgreSQL refuses NUL in text), no half of a
 * character, at most UNIT_NAME_MAX characters; stored as NFC.
 */
function str(obj: Raw, key: string, where: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '')
    fail(where, `thiếu trường "${key}" hoặc trường này không phải chuỗi ký tự.`);
  const at = controlCharacterAt(value, false);
  if (at !== -1)
    fail(
      where,
      `trường "${key}" ("${shown(value)}") chứa ký tự điều khiển (mã ${value.charCodeAt(at)}) ở vị trí ${at + 1}; hãy sửa tệp rồi nhập lại.`,
    );
  if (hasLoneSurrogate(value))
    fail(
      where,
      `trường "${key}" chứa ký tự không hợp lệ (lỗi mã hóa Unicode); hãy lưu lại tệp dưới dạng UTF-8.`,
    );
  const text = nfc(value.trim());
  const length = [...text].length;
  if (length > UNIT_NAME_MAX)
    fail(where, `trường "${key}" dài ${length} ký tự, vượt quá giới hạn ${UNIT_NAME_MAX} ký tự.`);
  return text;
}

function list(obj: Raw, key: string, where: string): Raw[] {
  const value = obj[key];
  if (!Array.isArray(value)) fail(where, `thiếu danh sách "${key}".`);
  return value.map((item, i) => {
    if (typeof item !== 'object' || item === null) fail(`${where}.${key}[${i}]`, 'phải là một đối tượng.');
    return item as Raw;
  });
}

function code(obj: Raw, key: string, type: OrgUnitType, where: string): string {
  const value = str(obj, key, where);
  if (!isValidGsoCode(type, value)) {
    const digits = { province: 2, district: 3, commune: 5, department: 0 }[type];
    fail(
      where,
      `mã "${value}" không hợp lệ: mã ${type === 'commune' ? 'xã' : type === 'district' ? 'huyện' : 'tỉnh'} phải gồm ${digits} chữ số.`,
    );
  }
  return value;
}

function subtypeOf(name: string, typeLabel: string | null, where: string): CommuneSubtype {
  const subtype = communeSubtypeFrom(typeLabel ?? name);
  if (!subtype)
    fail(where, `không xác định được loại đơn vị cấp xã của "${name}" (Xã, Phường, Thị trấn hoặc Đặc khu).`);
  return subtype;
}

/** "01/03/2025" → "2025-03-01": a day that exists, in the years the API accepts (1900–2100). */
function isoDay(value: unknown, where: string): string {
  const m = typeof value === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim()) : null;
  if (!m) fail(where, 'trường "data_date" phải có dạng dd/mm/yyyy.');
  const day = `${m[3]}-${m[2]}-${m[1]}`;
  if (Number.isNaN(Date.parse(day)) || new Date(day).toISOString().slice(0, 10) !== day)
    fail(where, `ngày "${value}" không tồn tại.`);
  if (day < DAY_RANGE.from || day > DAY_RANGE.to)
    fail(where, `ngày "${value}" không hợp lệ: năm phải từ 1900 đến 2100.`);
  return day;
}

/** Reads either statistics-office JSON shape; throws a CatalogueError naming the wrong entry. */
export function parseCatalogue(json: unknown, fileName: string): Catalogue {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Raw).data)) {
    fail(fileName, 'không đúng định dạng danh mục: cần đối tượng có danh sách "data".');
  }
  const root = json as Raw;
  const provinces = list(root, 'data', fileName);
  const first = provinces[0];
  if (!first) fail(fileName, 'danh sách "data" rỗng.');
  return 'merges' in first
    ? parseMerges(provinces, fileName)
    : parseGso(provinces, isoDay(root.data_date, fileName), fileName);
}

function parseGso(provinces: Raw[], effectiveOn: string, fileName: string): Catalogue {
  const units: CatalogueUnit[] = [];
  provinces.forEach((p, i) => {
    const at = `${fileName}: data[${i}]`;
    const pCode = code(p, 'level1_id', 'province', at);
    units.push({
      gsoCode: pCode,
      name: str(p, 'name', at),
      type: 'province',
      subtype: null,
      parentCode: null,
    });
    list(p, 'level2s', at).forEach((d, j) => {
      const dAt = `${at}.level2s[${j}]`;
      const dCode = code(d, 'level2_id', 'district', dAt);
      units.push({
        gsoCode: dCode,
        name: str(d, 'name', dAt),
        type: 'district',
        subtype: null,
        parentCode: pCode,
      });
      list(d, 'level3s', dAt).forEach((c, k) => {
        const cAt = `${dAt}.level3s[${k}]`;
        const name = str(c, 'name', cAt);
        const subtype = subtypeOf(name, typeof c.type === 'string' ? c.type : null, cAt);
        units.push({
          gsoCode: code(c, 'level3_id', 'commune', cAt),
          name,
          type: 'commune',
          subtype,
          parentCode: dCode,
        });
      });
    });
  });
  assertUniqueCodes(units, fileName);
  return { shape: 'gso', effectiveOn, units, successions: [] };
}

function parseMerges(provinces: Raw[], fileName: string): Catalogue {
  const units: CatalogueUnit[] = [];
  const successions: Succession[] = [];
  const mergesOf = (obj: Raw, at: string, successorCode: string, type: OrgUnitType) =>
    list(obj, 'merges', at).forEach((m, k) => {
      const mAt = `${at}.merges[${k}]`;
      const kind =
        m.type === 'full' || m.type === 'partial'
          ? m.type
          : fail(mAt, 'trường "type" phải là "full" hoặc "partial".');
      const oldId = typeof m.old_id === 'string' ? m.old_id : '';
      const predecessorType = type === 'commune' && /^\d{3}$/.test(oldId) ? 'district' : type;
      successions.push({
        predecessorCode: code(m, 'old_id', predecessorType, mAt),
        predecessorType,
        successorCode,
        kind,
      });
    });
  provinces.forEach((p, i) => {
    const at = `${fileName}: data[${i}]`;
    const pCode = code(p, 'level1_id', 'province', at);
    units.push({
      gsoCode: pCode,
      name: str(p, 'name', at),
      type: 'province',
      subtype: null,
      parentCode: null,
    });
    mergesOf(p, at, pCode, 'province');
    list(p, 'level2s', at).forEach((c, j) => {
      const cAt = `${at}.level2s[${j}]`;
      const name = str(c, 'name', cAt);
      const cCode = code(c, 'level2_id', 'commune', cAt);
      units.push({
        gsoCode: cCode,
        name,
        type: 'commune',
        subtype: subtypeOf(name, null, cAt),
        parentCode: pCode,
      });
      mergesOf(c, cAt, cCode, 'commune');
    });
  });
  assertUniqueCodes(units, fileName);
  return { shape: 'merges', effectiveOn: REFORM_DAY, units, successions };
}

function assertUniqueCodes(units: CatalogueUnit[], fileName: string): void {
  const seen = new Map<string, string>();
  for (const u of units) {
    const other = seen.get(u.gsoCode);
    if (other) fail(fileName, `mã ${u.gsoCode} xuất hiện hai lần ("${other}" và "${u.name}").`);
    seen.set(u.gsoCode, u.name);
  }
}
