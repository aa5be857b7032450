import { z } from 'astro/zod';
import { parsePhone } from '../utils/phone';
import { prose } from '../toolkit';

/** A practitioner or organization in the directory; an organization replaces these with its own. */
export const practitionerSchema = z
  .strictObject({
    /** Name of the practice. */
    name: prose(),
    /** Its tagline or specialty, as it presents itself. */
    tagline: prose(),
    /** Postal address on one line, as the practice writes it. */
    address: prose(),
    /** Telephone number as printed: international ("+971 44135 999") or national with `phoneRegion`. */
    phone: prose(),
    /** ISO 3166 country code of a nationally formatted `phone`, e.g. "US" for "(718) 701-4925". */
    phoneRegion: z.string().regex(/^[A-Z]{2}$/, { message: 'expected a two-letter country code such as "US"' }).optional(),
    /** Position in the directory, from 1. */
    order: z.int().positive(),
  })
  .superRefine((entry, ctx) => {
    const international = entry.phone.startsWith('+');
    if (!international && !entry.phoneRegion) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: `"${entry.phone}" is in national format: write it as +<country code> <number>, or add phoneRegion (e.g. "US")`,
      });
      return;
    }
    let valid = false;
    try {
      valid = parsePhone(entry.phone, international ? undefined : entry.phoneRegion) !== undefined;
    } catch {
      valid = false;
    }
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: `"${entry.phone}" is not a valid telephone number${international ? '' : ` in ${entry.phoneRegion}`}; check the digits and the country code`,
      });
    }
  });
