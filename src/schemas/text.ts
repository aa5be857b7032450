import { z } from 'astro/zod';
import { ENCODING_DAMAGE_FIX, findEncodingDamage } from '../lib/text';

/** A required, trimmed piece of prose that must be free of encoding damage. */
export const text = () =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .superRefine((value, ctx) => {
      const damage = findEncodingDamage(value);
      if (damage) ctx.addIssue({ code: 'custom', message: `${damage} ${ENCODING_DAMAGE_FIX}` });
    });

/** An identifier made of lowercase words joined by hyphens; used in URLs and anchors. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected lowercase words joined by hyphens, for example "finding-a-mentor"',
  });
