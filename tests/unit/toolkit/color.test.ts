import { expect, it } from 'vitest';
import { contrast, lightenForContrast } from '../../../src/toolkit/color';

it('computes WCAG contrast ratios', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

it('lightens a dark brand colour until it is readable on a dark background', () => {
  const lighter = lightenForContrast('#1d4ed8', '#121417', 7);
  expect(contrast(lighter, '#121417')).toBeGreaterThanOrEqual(7);
  expect(contrast('#1d4ed8', '#121417')).toBeLessThan(7);
});
