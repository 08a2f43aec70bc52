import type { ItemValues } from './item-values.ts';

/**
 * Unsaved input, kept in this browser per assessment and item, so neither a dropped connection nor a reload
 * loses what the officer typed. Cleared when the item saves.
 */
export interface Draft {
  values: ItemValues;
  /** The stored version the input started from: saving the draft later still detects a conflict. */
  baseVersion: number;
  at: string;
}

const key = (assessmentId: string, itemKey: string) => `xaso.draft.${assessmentId}.${itemKey}`;

export function readDraft(assessmentId: string, itemKey: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(assessmentId, itemKey));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(assessmentId: string, itemKey: string, draft: Omit<Draft, 'at'>): void {
  try {
    localStorage.setItem(
      key(assessmentId, itemKey),
      JSON.stringify({ ...draft, at: new Date().toISOString() }),
    );
  } catch {
    // Storage full or disabled (private mode): the input is still on screen.
  }
}

export function clearDraft(assessmentId: string, itemKey: string): void {
  try {
    localStorage.removeItem(key(assessmentId, itemKey));
  } catch {
    // See writeDraft.
  }
}
