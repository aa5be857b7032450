import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../src/toolkit/render/markdown';
import { templateSchema } from '../../../src/toolkit/template';
import { UNICODE_ORGANIZATION, brand, headingOf, printedLabel, shippedTemplates } from '../../helpers/templates';

/** Every token of a Markdown document, nested ones included, as marked (a CommonMark parser) reads it. */
function tokens(markdown: string): Token[] {
  const all: Token[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => void all.push(token));
  return all;
}

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as Markdown', (_id, doc) => {
  it('matches the definition: title, sections, labels, checkboxes, tables', () => {
    const markdown = renderMarkdown(doc, brand);
    const all = tokens(markdown);
    const headings = all.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.filter((h) => h.depth === 1).map((h) => h.text)).toEqual([doc.template.title]);
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(doc.template.sections.map(headingOf));
    const strong = all.filter((t) => t.type === 'strong').map((t) => (t as Tokens.Strong).text);
    const fields = doc.template.sections.flatMap((s) => s.fields);
    expect(strong).toEqual(fields.map((f) => escapeMarkdown(printedLabel(f))));
    const tasks = all.filter((t): t is Tokens.ListItem => t.type === 'list_item' && (t as Tokens.ListItem).task);
    expect(tasks.map((t) => t.text.replace(/^\[ \] /, ''))).toEqual(fields.flatMap((f) => (f.kind === 'checklist' ? f.options : f.kind === 'consent' ? [f.statement] : [])));
    // A choice: a line of its options, each after an empty pair of brackets, in order.
    const lines = all.filter((t): t is Tokens.Paragraph => t.type === 'paragraph').map((t) => t.text);
    for (const f of fields) if (f.kind === 'choice') expect(lines).toContain(f.options.map((option) => `( ) ${option}`).join('   '));
    const tables = all.filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables.slice(1).map((t) => t.header.map((h) => h.text))).toEqual(fields.filter((f) => f.kind === 'table').map((f) => (f.kind === 'table' ? f.columns.map((c) => c.label) : [])));
    expect(markdown).toContain(UNICODE_ORGANIZATION);
  });
});

describe('escaping', () => {
  it('keeps user text as text: no emphasis, link, HTML or table appears from it', () => {
    const hostile = '*bold* _em_ [link](https://x.example) <script>alert(1)</script> | pipe | `code` ~~gone~~';
    const doc = {
      id: 'x',
      template: templateSchema.parse({
        title: '# Not a heading',
        purpose: hostile,
        audience: 'both',
        phase: 'ongoing',
        minutes: 10,
        order: 1,
        sections: [{ title: 'S', guidance: '1. not a list', fields: [{ kind: 'checklist', name: 'c', label: hostile, options: ['- not nested', '[x] not ticked'] }] }],
      }),
    };
    const html = marked.parse(renderMarkdown(doc, brand), { async: false });
    // Labels are bold and guidance italic by design; nothing else may turn into markup.
    expect(html).not.toMatch(/<(script|code|del|ol)\b/);
    expect(html).not.toContain('href="https://x.example"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://mentoria.example.org"');
    expect(html).toContain('*bold* _em_ [link](https://x.example) &lt;script&gt;alert(1)&lt;/script&gt; | pipe | `code` ~~gone~~');
    expect(html).toContain('<h1># Not a heading</h1>');
    expect(html.match(/<input [^>]*type="checkbox"/g)).toHaveLength(2);
    expect(html).toContain('[x] not ticked');
  });

  it('writes a checked web address as a link that reads as typed, and no other', () => {
    const link = 'https://meet.example/abc_def?x=1&y=2';
    const text = `Online (video call): ${link}. Not https://x.example/a_b`;
    const escaped = escapeMarkdown(text, [link]);
    expect(escaped).toContain(`<${link}>`);
    expect(escaped).toContain('https\\://x.example/a\\_b');
    const html = marked.parse(escaped, { async: false });
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(`href="${link.replace('&', '&amp;')}"`);
    expect(html).toContain('Not https://x.example/a_b');
    // An address given as a link that is not a plain https address stays text.
    expect(escapeMarkdown('see javascript:alert(1)', ['javascript:alert(1)'])).not.toContain('<');
  });
});

