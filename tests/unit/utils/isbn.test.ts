import { expect, it } from 'vitest';
import { isValidIsbn13 } from '../../../src/utils/isbn';

it('accepts ISBN-13s with a correct check digit, hyphenated or not', () => {
  expect(isValidIsbn13('978-0-306-40615-7')).toBe(true);
  expect(isValidIsbn13('9780306406157')).toBe(true);
  expect(isValidIsbn13('979-10-90636-07-1')).toBe(true);
});

it('rejects a wrong check digit, ISBN-10s and other numbers', () => {
  expect(isValidIsbn13('978-0-306-40615-8')).toBe(false);
  expect(isValidIsbn13('0-306-40615-2')).toBe(false);
  expect(isValidIsbn13('1234567890123')).toBe(false);
  expect(isValidIsbn13('978030640615')).toBe(false);
});
