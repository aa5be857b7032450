import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocxCache } from '../../../src/toolkit/render/docx-cache';
import { renderDocx } from '../../../src/toolkit/render/docx';
import type { TemplateDocument } from '../../../src/toolkit/template';
import { arbitraryName } from '../../helpers/programs';
import { brand, shipped } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');
/** Any character, often one that XML, the docx library or a string replacement treats specially. */
const RAW = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u001f', '$&', "$'", '$1', '\uE001'));
const agenda = shipped('regular-meeting');
/** A name that mixes right-to-left words (Arabic, Hebrew) with Latin ones, digits and punctuation. */
const mixedName = fc
  .array(fc.oneof(arbitraryName, fc.constantFrom('محمد', 'عبد الله', 'فاطمة', 'דנה', 'שלום', '٢٠٢٦', '(2026)', ' - ', ', ', '.')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' ').trim())
  .filter((name) => name.length > 0);

/** The agenda with its own texts, as a kit's sessions have them. */
const session = (id: string, title: string, purpose: string, next?: string): TemplateDocument => ({
  id,
  template: { ...agenda.template, title, purpose },
  values: next === undefined ? {} : { 'next-date': next },
});

describe('Word documents made from a packed one', () => {
  it('are byte for byte what renderDocx makes, whatever their texts hold', async () => {
    const cache = new DocxCache(brand, date);
    await fc.assert(
      fc.asyncProperty(arbitraryName, arbitraryName, fc.option(arbitraryName, { nil: undefined }), fc.string({ unit: RAW, maxLength: 12 }), async (title, purpose, next, raw) => {
        // `raw`: any characters at all, control characters included, which the docx library drops.
        const doc = session(`session-${raw}`, title, `${purpose} ${raw}`, next);
        const [cached, direct] = await Promise.all([cache.render(doc), renderDocx(doc, brand, { date })]);
        expect(Buffer.from(cached).equals(Buffer.from(direct))).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keep documents of different shapes apart: another template, other known answers', async () => {
    const cache = new DocxCache(brand, date);
    const docs = [session('a', 'A', 'P', '2026-03-09'), session('b', 'B', 'Q'), shipped('smart-goals'), { ...shipped('smart-goals'), values: { 'goal-statement': 'Lead a team' } }];
    for (const doc of [...docs, ...docs]) expect(Buffer.from(await cache.render(doc)).equals(Buffer.from(await renderDocx(doc, brand, { date }))), doc.id).toBe(true);
  });

  it('are byte for byte what renderDocx makes when their texts run right to left in places, each stretch a run of its own', async () => {
    const cache = new DocxCache(brand, date);
    await fc.assert(
      fc.asyncProperty(mixedName, mixedName, fc.option(mixedName, { nil: undefined }), async (title, purpose, next) => {
        const doc = session('session-01', title, purpose, next);
        const [cached, direct] = await Promise.all([cache.render(doc), renderDocx(doc, brand, { date })]);
        expect(Buffer.from(cached).equals(Buffer.from(direct))).toBe(true);
      }),
      { numRuns: 40 },
    );
    for (const doc of [session('a', 'برنامج الإرشاد', 'P'), session('b', 'B', 'Between דנה and Ana', 'יום 9'), session('c', 'C', 'Q')]) {
      expect(Buffer.from(await cache.render(doc)).equals(Buffer.from(await renderDocx(doc, brand, { date }))), doc.id).toBe(true);
    }
  }, 60_000);

  it('are byte for byte what renderDocx makes beside right-to-left text of the brand', async () => {
    // The site's address, printed in each footer beside the document's title, in an Arabic domain name.
    const arabicBrand = { ...brand, siteUrl: 'https://إرشاد.مثال' };
    const cache = new DocxCache(arabicBrand, date);
    for (const doc of [session('a', 'برنامج 12', 'P'), session('b', '12', 'Q'), session('c', 'C', 'R')]) {
      expect(Buffer.from(await cache.render(doc)).equals(Buffer.from(await renderDocx(doc, arabicBrand, { date }))), doc.id).toBe(true);
    }
  });

  it('render a text that holds a marker character as it is', async () => {
    const doc = session('session-01', 'Title \uE0001\uE001', 'Purpose');
    expect(Buffer.from(await new DocxCache(brand, date).render(doc)).equals(Buffer.from(await renderDocx(doc, brand, { date })))).toBe(true);
  });
});
