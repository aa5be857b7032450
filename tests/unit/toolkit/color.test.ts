import fc from 'fast-check';
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

it('gives every brand colour the settings accept a dark-mode shade of 7:1, mixed towards white from it', () => {
  fc.assert(
    fc.property(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })), ([r, g, b]) => {
      const color = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      fc.pre(contrast(color, '#ffffff') >= 4.5);
      const shade = lightenForContrast(color, '#121417', 7);
      expect(contrast(shade, '#121417')).toBeGreaterThanOrEqual(7);
      // Each channel moves towards white by the same share, so the hue stays the organization's.
      const base = [r, g, b];
      const channels = [1, 3, 5].map((i) => parseInt(shade.slice(i, i + 2), 16));
      const widest = base.indexOf(Math.min(...base));
      const share = (channels[widest]! - base[widest]!) / (255 - base[widest]!);
      channels.forEach((c, i) => expect(Math.abs(c - (base[i]! + (255 - base[i]!) * share))).toBeLessThanOrEqual(1));
    }),
    { numRuns: 2000 },
  );
});
