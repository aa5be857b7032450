import { z } from 'zod';
import { ENCODING_DAMAGE_FIX, findEncodingDamage } from './encoding-damage';

/**
 * Text a person writes in a settings, content or template file: trimmed, not empty, at most `max`
 * characters when a limit is given, and free of encoding damage (which the error says how to repair).
 */
export function prose(max?: number) {
  const trimmed = z.string().trim().min(1, { message: 'must not be empty' });
  return (max === undefined ? trimmed : trimmed.max(max, { message: `must be at most ${max} characters` })).superRefine((value, ctx) => {
    const damage = findEncodingDamage(value);
    if (damage) ctx.addIssue({ code: 'custom', message: `${damage} ${ENCODING_DAMAGE_FIX}` });
  });
}
