import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DIST, assertBuilt, page, squash } from '../helpers/dist';

beforeAll(assertBuilt);

const yamlIn = (folder: string) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join(folder, file), 'utf8')) }));

/** The standards in their order, and every (standard, template, section) that a template's YAML declares. */
const standards = yamlIn('src/content/standards').sort((a, b) => a.data.order - b.data.order);
const declared = yamlIn('src/content/templates').flatMap(({ id, data }) =>
  (data.sections as { title: string; standards?: string[]; references?: string[] }[]).flatMap((section, i) =>
    (section.standards ?? []).map((standard) => ({ standard, template: id, number: i + 1, title: section.title, references: section.references ?? [] })),
  ),
);
/** A reference's citation in the text, "Allen et al., 2006", from its YAML. */
const references = new Map(yamlIn('src/content/references').map(({ id, data }) => [id, data as { authors: { family: string }[]; year: number }]));
const citationOf = (id: string) => {
  const { authors, year } = references.get(id)!;
  const names = authors.length === 1 ? authors[0]!.family : authors.length === 2 ? `${authors[0]!.family} & ${authors[1]!.family}` : `${authors[0]!.family} et al.`;
  return `${names}, ${year}`;
};

describe('the evidence crosswalk', () => {
  it('shows every standard in order, the template sections that serve it, and says which no template serves yet', () => {
    const $ = page('/evidence/');
    expect($('main h2[id]').map((_, h) => $(h).attr('id')).get()).toEqual(standards.map(({ id }) => id));
    expect(standards.length).toBe(6);
    for (const { id } of standards) {
      const section = $(`main section[aria-labelledby="${id}"]`);
      const serving = declared.filter((d) => d.standard === id);
      const shown = section.find('ul ul li').map((_, li) => squash($(li).text())).get();
      // Each section with the studies it names, cited as in the text.
      expect(shown, id).toEqual(
        expect.arrayContaining(serving.map((d) => `Section ${d.number}: ${d.title}${d.references.length > 0 ? ` (studies: ${d.references.map(citationOf).join('; ')})` : ''}`)),
      );
      expect(shown.length, id).toBe(serving.length);
      for (const template of new Set(serving.map((d) => d.template))) expect(section.find(`a[href="/templates/${template}/"]`).length, `${id}: ${template}`).toBe(1);
      expect(section.find('.evidence__gap').length, id).toBe(serving.length === 0 ? 1 : 0);
    }
    // The readiness checklist serves every standard; the relationship's templates serve three of them.
    expect(declared.length).toBeGreaterThan(10);
    expect(squash($('main').text())).toContain(`The templates serve ${new Set(declared.map((d) => d.standard)).size} of the 6 standards.`);
  });

  it('cites the source of the standards, linked to its entry in the references', () => {
    const $ = page('/evidence/');
    const source = $('main a[href^="/references/#"]').first().attr('href')!;
    expect(source).toBe('/references/#garringer-2015');
    expect(page('/references/')('#garringer-2015').text()).toContain('(4th ed.). MENTOR: The National Mentoring Partnership.');
  });

  it("links each template's page to the standards its sections serve, in every language", () => {
    for (const template of new Set(declared.map((d) => d.template))) {
      const expected = standards.filter(({ id }) => declared.some((d) => d.template === template && d.standard === id)).map(({ id }) => id);
      for (const prefix of ['', '/es', '/ar']) {
        const $ = page(`${prefix}/templates/${template}/`);
        expect($(`main a[href^="${prefix}/evidence/#"]`).map((_, a) => $(a).attr('href')!.split('#')[1]).get(), `${prefix} ${template}`).toEqual(expected);
      }
    }
    expect(page('/templates/smart-goals/')('main a[href^="/evidence/"]').length).toBe(0);
  });

  it('offers the same table as CSV and JSON, which csv-parse and JSON read back', () => {
    const csv = parseCsv(readFileSync(join(DIST, 'downloads/evidence.csv')), { bom: true, columns: true }) as Record<string, string>[];
    const served = csv.filter((row) => row.template !== '');
    expect(served.map((row) => `${row.standard}/${row.template}/${row.section}`).sort()).toEqual(declared.map((d) => `${d.standard}/${d.template}/${d.number}`).sort());
    const unserved = standards.filter(({ id }) => !declared.some((d) => d.standard === id)).map(({ id }) => id);
    expect(csv.filter((row) => row.template === '').map((row) => row.standard)).toEqual(unserved);
    const json = JSON.parse(readFileSync(join(DIST, 'downloads/evidence.json'), 'utf8'));
    expect(json.standards.map((s: { id: string }) => s.id)).toEqual(standards.map(({ id }) => id));
    expect(json.standards.flatMap((s: { id: string; sections: unknown[] }) => s.sections.map(() => s.id)).length).toBe(declared.length);
    expect(page('/evidence/')('a[href="/downloads/evidence.csv"]').length).toBe(1);
  });
});
