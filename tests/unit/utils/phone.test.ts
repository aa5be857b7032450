import { expect, it } from 'vitest';
import { telUri } from '../../../src/utils/phone';

it('turns printed numbers into E.164 tel: links', () => {
  expect(telUri('+971 44135 999')).toBe('tel:+97144135999');
  expect(telUri('(718) 701-4925', 'US')).toBe('tel:+17187014925');
});

it('gives no link for numbers that cannot be dialled', () => {
  expect(telUri('+971 123')).toBeUndefined();
  expect(telUri('(718) 701-4925')).toBeUndefined();
  expect(telUri('not a number', 'US')).toBeUndefined();
});
