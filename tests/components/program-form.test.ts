import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import ProgramForm from '../../src/components/ProgramForm.astro';
import { CADENCES, FOCUS_AREAS, programJsonSchema, programSchema, wordsFor } from '../../src/toolkit';
import { programForm, schemaFields, type SchemaNode } from '../../src/utils/program-form';

const container = await AstroContainer.create();

/** The /toolkit/ form as the page renders it, for a program schema. */
async function renderForm(schema: z.ZodType) {
  const groups = programForm(programJsonSchema(schema) as SchemaNode, wordsFor('en').kit);
  return load(await container.renderToString(ProgramForm, { props: { groups, values: {} } }));
}

describe('the /toolkit/ form', () => {
  it('has a control for every field of the program schema, labelled with its title', async () => {
    const $ = await renderForm(programSchema);
    const fields = schemaFields(programJsonSchema() as SchemaNode).filter((field) => field.path !== '$schema');
    expect(fields.length).toBeGreaterThan(10);
    for (const { path, node } of fields) {
      const control = $(`[data-path="${path}"]`);
      expect(control.length, path).toBe(1);
      const id = path.replace(/\./g, '-');
      const label = control.is('fieldset') ? control.children('legend').text() : $(`label[for="${id}"]`).text();
      expect(label, path).toContain(node.title);
    }
    expect($('#cadence option').map((_, o) => $(o).text()).get()).toEqual(Object.values(CADENCES));
    // Names in any script: each name field reads in the direction of what is typed in it.
    for (const path of ['program', 'organization', 'mentor', 'mentee', 'terms.mentor', 'terms.mentee', 'location']) expect($(`[data-path="${path}"]`).attr('dir'), path).toBe('auto');
    expect($('[data-path="timeZone"]').attr('dir')).toBeUndefined();
  });

  it('shows an option added to a copy of the schema, with no change to the page', async () => {
    const copy = z.strictObject({
      ...programSchema.shape,
      cadence: z.enum([...(Object.keys(CADENCES) as (keyof typeof CADENCES)[]), 'quarterly']).meta({
        title: 'How often you meet',
        enumDescriptions: [...Object.values(CADENCES), 'Every three months'],
      }),
      focus: z.array(z.enum([...Object.keys(FOCUS_AREAS), 'wellbeing']).meta({ enumDescriptions: [...Object.values(FOCUS_AREAS).map((area) => area.title), 'Wellbeing'] })).meta({ title: 'Focus of the program' }),
    });
    const $ = await renderForm(copy);
    expect($('#cadence option[value="quarterly"]').text()).toBe('Every three months');
    expect($('input[name="focus"][value="wellbeing"]').parent().text().trim()).toBe('Wellbeing');
    // The real schema's form has neither.
    const real = await renderForm(programSchema);
    expect(real('#cadence option[value="quarterly"]').length).toBe(0);
    expect(real('input[name="focus"][value="wellbeing"]').length).toBe(0);
  });

  it('takes limits and whether a field is required from the schema', async () => {
    const $ = await renderForm(z.strictObject({ ...programSchema.shape, weeks: z.int().min(2).max(52).meta({ title: 'Length of the program, in weeks' }) }));
    expect($('#weeks').attr('min')).toBe('2');
    expect($('#weeks').attr('max')).toBe('52');
    expect($('label[for="weeks"]').text()).toContain('(2 to 52)');
    expect($('#mentor').attr('required')).toBeUndefined();
    expect($('label[for="mentor"]').text()).toContain('(optional)');
    expect($('#program').attr('required')).toBeDefined();
  });

  it('refuses a field that the layout gives no place, and a place for a field the schema lacks, naming them', () => {
    const copy = z.strictObject({ ...programSchema.shape, sponsor: z.string().meta({ title: 'Sponsor' }) });
    expect(() => programForm(programJsonSchema(copy) as SchemaNode, wordsFor('en').kit)).toThrow(/does not place: sponsor; add each to FORM_LAYOUT/);
    const { location: _, ...withoutLocation } = programSchema.shape;
    expect(() => programForm(programJsonSchema(z.strictObject(withoutLocation)) as SchemaNode, wordsFor('en').kit)).toThrow(/places fields the program schema does not have: location/);
  });

  it('is in the kit\'s words in Spanish and Arabic: every field and option labelled, none in English', () => {
    const english = programForm(programJsonSchema() as SchemaNode, wordsFor('en').kit);
    const texts = (groups: ReturnType<typeof programForm>) => groups.flatMap((group) => [group.legend ?? '', ...group.controls.flatMap((c) => [c.label, c.note ?? '', ...c.options.map((o) => o.label)])]);
    const englishWords = new Set(texts(english).filter((text) => /[a-z]{4}/.test(text) && !['English', 'Español', 'العربية'].includes(text)));
    for (const language of ['es', 'ar']) {
      const groups = programForm(programJsonSchema() as SchemaNode, wordsFor(language).kit);
      expect(groups.flatMap((group) => group.controls).length).toBe(english.flatMap((group) => group.controls).length);
      for (const text of texts(groups)) expect(englishWords.has(text), `${language}: ${text}`).toBe(false);
    }
    // And a sentence for each field to correct, in each language.
    for (const language of ['es', 'ar']) {
      const invalid = wordsFor(language).kit.form!.invalid;
      for (const { path } of schemaFields(programJsonSchema() as SchemaNode).filter((field) => field.path !== '$schema')) expect(invalid[path], `${language}: ${path}`).toBeTruthy();
    }
    const spanish = programForm(programJsonSchema() as SchemaNode, wordsFor('es').kit).flatMap((group) => group.controls);
    expect(spanish.find((c) => c.path === 'weeks')).toMatchObject({ label: 'Duración del programa, en semanas', note: '(de 1 a 104)' });
    expect(spanish.find((c) => c.path === 'language')?.options).toEqual([
      { value: 'en', label: 'English', lang: 'en' },
      { value: 'es', label: 'Español', lang: 'es' },
      { value: 'ar', label: 'العربية', lang: 'ar' },
    ]);
  });
});
