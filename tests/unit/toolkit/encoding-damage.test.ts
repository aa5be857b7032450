import { describe, expect, it } from 'vitest';
import { findEncodingDamage } from '../../../src/toolkit/encoding-damage';

describe('encoding damage', () => {
  it('finds the damage the seed page carries, with its line', () => {
    expect(findEncodingDamage('intro\n- Knowledge Sharing:\u00c2\u00a0Mentors share')).toMatch(/^line 2, "…wledge Sharing:Â Mentors share…"$/);
    expect(findEncodingDamage('Goal Setting:Â Mentors')).toBeDefined();
  });

  it('finds other UTF-8-as-Windows-1252 damage', () => {
    expect(findEncodingDamage('the menteeâ€™s growth')).toBeDefined();
    expect(findEncodingDamage('cafÃ©')).toBeDefined();
  });

  it('leaves legitimate text alone', () => {
    for (const ok of ['Ângela Âmbar', 'mentee’s growth', 'café – “quoted”', 'Programa de Mentoría – Zürich (Ελλάδα, Україна)']) {
      expect(findEncodingDamage(ok)).toBeUndefined();
    }
  });
});
