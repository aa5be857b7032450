import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../src/toolkit/template';
import { shippedTemplates } from '../../helpers/templates';

const minimal = {
  title: 'T',
  purpose: 'For testing.',
  audience: 'both',
  phase: 'ongoing',
  minutes: 30,
  order: 1,
  sections: [{ title: 'S', guidance: 'G', fields: [{ kind: 'short-text', name: 'a', label: 'A' }] }],
};

function problems(input: unknown): string[] {
  const result = templateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('template definitions', () => {
  it('ships the set the program needs, each valid', () => {
    expect(shippedTemplates().map((t) => t.id)).toEqual([
      'closing-meeting',
      'closure-record',
      'first-meeting',
      'grow-conversation',
      'matching-questionnaire',
      'matching-worksheet',
      'meeting-log',
      'mentor-training-checklist',
      'mentoring-agreement',
      'midpoint-review',
      'monthly-check-in',
      'participant-application',
      'program-evaluation',
      'program-readiness',
      'regular-meeting',
      'smart-goals',
    ]);
  });

  it('fills in defaults', () => {
    const parsed = templateSchema.parse({
      ...minimal,
      sections: [{ title: 'S', guidance: 'G', fields: [{ kind: 'long-text', name: 'a', label: 'A' }, { kind: 'rating', name: 'b', label: 'B', lowLabel: 'low', highLabel: 'high' }] }],
    });
    expect(parsed.sections[0]!.fields[0]).toMatchObject({ lines: 4 });
    expect(parsed.sections[0]!.fields[1]).toMatchObject({ min: 1, max: 10 });
    expect(parsed.related).toEqual([]);
  });

  it('rejects an unknown field kind, naming the kinds it knows', () => {
    const input = { ...minimal, sections: [{ title: 'S', guidance: 'G', fields: [{ kind: 'slider', name: 'a', label: 'A' }] }] };
    expect(problems(input)).toEqual([expect.stringMatching(/^sections\.0\.fields\.0(\.kind)?: unknown field kind; expected one of: short-text, long-text, date, checklist, rating, choice, consent, table, signature$/)]);
  });

  it('rejects a duplicate field name, naming where the first one is', () => {
    const fields = [
      { kind: 'short-text', name: 'goal', label: 'A' },
      { kind: 'long-text', name: 'goal', label: 'B' },
    ];
    expect(problems({ ...minimal, sections: [{ title: 'S', guidance: 'G', fields }] })).toEqual([
      'sections.0.fields.1.name: "goal" is already the name of sections[0].fields[0]; each field needs its own name',
    ]);
  });

  it('rejects a section without fields', () => {
    expect(problems({ ...minimal, sections: [{ title: 'S', guidance: 'G', fields: [] }] })).toEqual(['sections.0.fields: a section needs at least one field']);
  });

  it('rejects encoding damage and overlong labels', () => {
    const fields = [{ kind: 'short-text', name: 'a', label: 'Goal:Â text' }, { kind: 'short-text', name: 'b', label: 'x'.repeat(141) }];
    expect(problems({ ...minimal, sections: [{ title: 'S', guidance: 'G', fields }] })).toEqual([
      expect.stringMatching(/^sections\.0\.fields\.0\.label: line 1, .*encoding damage/),
      'sections.0.fields.1.label: must be at most 140 characters',
    ]);
  });
});
