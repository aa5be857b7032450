import { z } from 'astro/zod';
import { parsePhone } from '../utils/phone';
import { prose } from '../toolkit';

/** A practitioner or organization in the directory; an organization replaces these with its own. */
export const practitionerSchema = z
  .strictObject({
    name: prose().describe('Name of the practice.'),
    tagline: prose().describe('Its tagline or specialty, as it presents itself.'),
    address: prose().describe('Postal address on one line, as the practice writes it.'),
    phone: prose().describe('Telephone number as printed: international ("+971 44135 999") or national with `phoneRegion`.'),
    phoneRegion: z.string().regex(/^[A-Z]{2}$/, { message: 'expected a two-letter country code such as "US"' }).describe('ISO 3166 country code of a nationally formatted `phone`, e.g. "US" for "(718) 701-4925".').optional(),
    checked: z.coerce
      .date({ message: 'expected a date written as YYYY-MM-DD, e.g. 2026-12-02' })
      .describe('When someone last checked these details with the practice (YYYY-MM-DD), shown with the listing. Default: not shown.')
      .optional(),
    order: z.int().positive().describe('Position in the directory, from 1.'),
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
