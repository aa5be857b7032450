// The evidence crosswalk: for each standard of effective practice, the template sections that serve it
// and the studies behind them, from what the templates' sections declare (standards, references).
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionFolder } from '../collections/content-root';
import { renderCsv, type Template } from '../toolkit';
import { referenceBibliography, referenceHref } from './listings';
import { templateEntries } from './templates';

/** A template section that serves a standard, with the studies it names. */
export interface SectionEvidence {
  template: CollectionEntry<'templates'>;
  /** Its place in the template, from 1, and its title. */
  number: number;
  title: string;
  references: { id: string; citation: string; href: string }[];
}

/** A standard and every section that serves it; none where no template serves it yet. */
export interface StandardEvidence {
  standard: CollectionEntry<'standards'>;
  sections: SectionEvidence[];
}

/** A mistake in a template's evidence, in words for the person who wrote the template. */
class EvidenceError extends Error {}

/** Every standard in order, each with the sections that serve it; a section naming a standard or a study that does not exist stops the build. */
export async function crosswalk(): Promise<StandardEvidence[]> {
  const standards = (await getCollection('standards')).sort((a, b) => a.data.order - b.data.order);
  const bibliography = new Map((await referenceBibliography()).map((entry) => [entry.id, entry]));
  const serving = new Map<string, SectionEvidence[]>(standards.map((standard) => [standard.id, []]));
  for (const template of await templateEntries()) {
    const file = template.filePath ?? `${collectionFolder('templates')}/${template.id}`;
    for (const [i, section] of (template.data.sections as Template['sections']).entries()) {
      const where = `${file}: sections[${i}] ("${section.title}")`;
      const references = await Promise.all(
        (section.references ?? []).map(async (id) => {
          const entry = bibliography.get(id);
          if (!entry) throw new EvidenceError(`${where} names the reference "${id}", which does not exist. Use one of: ${[...bibliography.keys()].join(', ')}.`);
          return { id, citation: entry.html, href: await referenceHref(id) };
        }),
      );
      for (const id of section.standards ?? []) {
        const sections = serving.get(id);
        if (!sections) throw new EvidenceError(`${where} names the standard "${id}", which does not exist. Use one of: ${standards.map((s) => s.id).join(', ')}.`);
        sections.push({ template, number: i + 1, title: section.title, references });
      }
    }
  }
  return standards.map((standard) => ({ standard, sections: serving.get(standard.id)! }));
}

/** The crosswalk as rows, one per standard and section (a standard no template serves has one row of its own). */
function crosswalkRows(evidence: readonly StandardEvidence[]) {
  return evidence.flatMap(({ standard, sections }) =>
    (sections.length > 0 ? sections : [undefined]).map((section) => ({
      standard: standard.id,
      standardName: standard.data.name,
      template: section?.template.id ?? '',
      templateTitle: section?.template.data.title ?? '',
      section: section ? String(section.number) : '',
      sectionTitle: section?.title ?? '',
      references: section?.references.map((reference) => reference.id) ?? [],
    })),
  );
}

/** The crosswalk as CSV, for a spreadsheet: one row per standard and section, references joined by "; ". */
export function crosswalkCsv(evidence: readonly StandardEvidence[]): string {
  const rows = crosswalkRows(evidence);
  return renderCsv(
    ['standard', 'standard name', 'template', 'template title', 'section', 'section title', 'references'],
    rows.map((row) => [row.standard, row.standardName, row.template, row.templateTitle, row.section, row.sectionTitle, row.references.join('; ')]),
  );
}

/** The crosswalk as JSON: each standard with the sections that serve it. */
export function crosswalkJson(evidence: readonly StandardEvidence[]): string {
  const standards = evidence.map(({ standard, sections }) => ({
    id: standard.id,
    name: standard.data.name,
    source: standard.data.source.id,
    sections: sections.map((section) => ({ template: section.template.id, templateTitle: section.template.data.title, section: section.number, title: section.title, references: section.references.map((r) => r.id) })),
  }));
  return `${JSON.stringify({ standards }, null, 2)}\n`;
}
