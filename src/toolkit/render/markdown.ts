import { audienceOf, fieldLabel, sectionHeading, type Branding, type Field, type TemplateDocument, type Terms } from '../template';
import { wordsFor, type DocumentWords } from '../words';

/** Text as Markdown shows it; see escapeMarkdown. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~{}]/g, '\\$&')
    // GFM turns bare addresses into links; an escaped colon keeps them text.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\s*)([#>+=-]|\d+[.)])/gm, (_, space: string, marker: string) => `${space}${marker.replace(/([#>+=.)-])$/, '\\$1')}`)
    .replace(/\r?\n/g, ' ');
}

/**
 * Text as Markdown shows it, never as markup: characters that could start emphasis, links, code,
 * HTML or tables are backslash-escaped (CommonMark allows that for any ASCII punctuation), and so are
 * those that would start a heading, list or quote at the beginning of a line. The web addresses in
 * `links` (checked ones, such as a program's video link) become autolinks (`<https://…>`), whose text
 * CommonMark takes literally: they read as typed, without backslashes, and can be followed.
 */
export function escapeMarkdown(text: string, links: readonly string[] = []): string {
  const link = links.find((address) => /^https:\/\/[^\s<>]+$/.test(address) && text.includes(address));
  if (!link) return escapeText(text);
  const at = text.indexOf(link);
  return `${escapeText(text.slice(0, at))}<${link}>${escapeMarkdown(text.slice(at + link.length), links)}`;
}

// Writing space is a quote line: underscores would read as emphasis, or as a rule on a line of their own.
const writeHere = '>';

/** A GFM table of cells already written as Markdown. */
export function markdownTable(headers: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)];
}

function field(f: Field, value: string | undefined, words: DocumentWords, terms: Terms | undefined): string[] {
  const answer = (prefix = '') => (value === undefined ? `${writeHere}${prefix ? ` ${prefix}` : ''}` : `${writeHere} ${prefix ? `${prefix} ` : ''}${escapeMarkdown(value)}`);
  const label = `**${escapeMarkdown(fieldLabel(f, words, terms))}**`;
  const help = f.help ? [`_${escapeMarkdown(f.help)}_`, ''] : [];
  switch (f.kind) {
    case 'short-text':
      return [label, '', ...help, answer(), ''];
    case 'long-text':
      return [label, '', ...help, ...(value === undefined ? Array.from({ length: f.lines }, () => writeHere) : [answer()]), ''];
    case 'date':
      return [label, '', ...help, answer(`${words.dateToWrite}:`), ''];
    case 'checklist':
      return [label, '', ...help, ...f.options.map((option) => `- [ ] ${escapeMarkdown(option)}`), ''];
    case 'rating': {
      const values = Array.from({ length: f.max - f.min + 1 }, (_, i) => `( ) ${f.min + i}`);
      return [label, '', ...help, `${escapeMarkdown(f.lowLabel)} ${values.join(' ')} ${escapeMarkdown(f.highLabel)}`, ''];
    }
    case 'choice':
      return [label, '', ...help, f.options.map((point) => `( ) ${escapeMarkdown(point)}`).join('   '), ''];
    case 'consent':
      return [label, '', ...help, `- [ ] ${escapeMarkdown(f.statement)}`, ''];
    case 'table':
      return [
        label,
        '',
        ...help,
        ...markdownTable(
          f.columns.map((c) => escapeMarkdown(c.label)),
          Array.from({ length: f.rows }, () => f.columns.map(() => ' ')),
        ),
        '',
      ];
    case 'signature':
      return [label, '', ...help, `${writeHere} ${words.signature}:`, `${writeHere}`, `${writeHere} ${words.dateToWrite}:`, ''];
  }
}

/** The template as a Markdown document, for people who keep notes in plain text or a wiki. */
export function renderMarkdown(doc: TemplateDocument, brand: Branding): string {
  const { template, values = {} } = doc;
  const words = wordsFor(brand.lang);
  const lines = [
    `# ${escapeMarkdown(template.title)}`,
    '',
    // The site's address (validated as a URL in the settings) is the one intended link.
    `${escapeMarkdown(brand.organization)} · <${brand.siteUrl}>`,
    '',
    escapeMarkdown(template.purpose, doc.links),
    '',
    ...markdownTable(
      [words.whoFillsItIn, words.when, words.timeNeeded],
      [[escapeMarkdown(audienceOf(doc, words)), escapeMarkdown(words.phases[template.phase]), words.minutes(template.minutes)]],
    ),
    '',
  ];
  for (const section of template.sections) {
    lines.push(`## ${escapeMarkdown(sectionHeading(section, words))}`, '', `_${escapeMarkdown(section.guidance)}_`, '');
    for (const f of section.fields) lines.push(...field(f, values[f.name], words, doc.terms));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
