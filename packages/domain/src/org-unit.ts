import { z } from 'zod';

export const ORG_UNIT_TYPES = ['province', 'district', 'commune', 'department'] as const;
export const orgUnitTypeSchema = z.enum(ORG_UNIT_TYPES);
export type OrgUnitType = z.infer<typeof orgUnitTypeSchema>;

/** Commune-level units are a xã, a phường or a thị trấn; since 2025 also a special zone (đặc khu). */
export const COMMUNE_SUBTYPES = ['xa', 'phuong', 'thi_tran', 'dac_khu'] as const;
export const communeSubtypeSchema = z.enum(COMMUNE_SUBTYPES);
export type CommuneSubtype = z.infer<typeof communeSubtypeSchema>;

export const ORG_UNIT_TYPE_LABELS: Record<OrgUnitType, string> = {
  province: 'Tỉnh/Thành phố',
  district: 'Huyện/Thị xã/Thành phố',
  commune: 'Xã/Phường/Thị trấn',
  department: 'Phòng/Ban',
};

export const COMMUNE_SUBTYPE_LABELS: Record<CommuneSubtype, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};

/** Reads the subtype from a statistics-office type ("Thị trấn") or the name's prefix ("Phường Hạc Thành"). */
export function communeSubtypeFrom(typeOrName: string): CommuneSubtype | null {
  const v = typeOrName.normalize('NFC').trim().toLowerCase();
  if (v.startsWith('thị trấn')) return 'thi_tran';
  if (v.startsWith('phường')) return 'phuong';
  if (v.startsWith('đặc khu')) return 'dac_khu';
  if (v.startsWith('xã')) return 'xa';
  return null;
}

/** GSO codes: province 2 digits, district 3, commune 5. Departments have none. */
export function isValidGsoCode(type: OrgUnitType, code: string): boolean {
  const length = { province: 2, district: 3, commune: 5, department: 0 }[type];
  return length > 0 && new RegExp(`^\\d{${length}}$`).test(code);
}

/** A unit is valid on `day` (ISO yyyy-mm-dd) when it started on or before it and has not ended before it. */
export function isValidOn(unit: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo >= day);
}
