import { describe, expect, it } from 'vitest';
import { itemName } from './item-noun.ts';

/** Issue 10 item 6: an indicator is never called a criterion in a message. */
describe('itemName', () => {
  it.each([
    ['criterion', true, 'Tiêu chí 1.6'],
    ['indicator', true, 'Chỉ số 7.1'],
    ['criterion', false, 'tiêu chí 1.6'],
    ['indicator', false, 'chỉ số 7.1'],
  ] as const)('%s (capital %s) → %s', (kind, capital, expected) => {
    expect(itemName(kind, kind === 'criterion' ? '1.6' : '7.1', capital)).toBe(expected);
  });

  it('starts a sentence by default', () => {
    expect(itemName('indicator', '8.2')).toBe('Chỉ số 8.2');
  });
});
