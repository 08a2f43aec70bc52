import { describe, expect, it } from 'vitest';
import { vi } from './vi.ts';

/** Issue 10 item 6: the workspace names an indicator "chỉ số", never "tiêu chí". */
describe('workspace strings that name an item', () => {
  it('the conflict alert uses the noun of the item’s kind', () => {
    expect(vi.workspace.conflictTitle('criterion')).toBe('Người khác vừa lưu tiêu chí này trước bạn');
    expect(vi.workspace.conflictTitle('indicator')).toBe('Người khác vừa lưu chỉ số này trước bạn');
  });

  it('the item drawer titles', () => {
    expect(vi.workspace.itemTitle('1.6')).toBe('Tiêu chí 1.6');
    expect(vi.workspace.indicatorTitle('7.1')).toBe('Chỉ số 7.1');
  });
});
