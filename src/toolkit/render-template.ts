import { PHASES, audienceOf, phaseFolder, type Branding, type Phase, type TemplateDocument } from './template';
import { wordsFor } from './words';
import { renderDocx } from './render/docx';
import { escapeMarkdown, renderMarkdown } from './render/markdown';
import { PAPER, renderPdf, type Paper, type PdfFonts } from './render/pdf';
import { PdfCache } from './render/pdf-cache';
import { renderZip } from './render/zip';

/** One file of a template, in one format. */
export interface TemplateFile {
  /** File name, e.g. "smart-goals-letter.pdf". */
  name: string;
  /** What a reader sees on the link, e.g. "PDF, A4". */
  label: string;
  mediaType: string;
  data: Uint8Array;
}

export interface TemplateRenderOptions {
  fonts: PdfFonts;
  /** The documents' date (their metadata and the Word file's properties). */
  date: Date;
  /** Shared by the templates of one set, so that fonts are parsed and common streams compressed once. */
  cache?: PdfCache;
}

const encoder = new TextEncoder();

/** A template in every format: fillable PDF on A4 and on US Letter, Word, and Markdown. */
export async function renderTemplate(doc: TemplateDocument, brand: Branding, options: TemplateRenderOptions): Promise<TemplateFile[]> {
  const words = wordsFor(brand.lang);
  const pdf = (paper: Paper) => renderPdf(doc, brand, { paper, fonts: options.fonts, date: options.date, ...(options.cache && { cache: options.cache }) });
  return [
    { name: `${doc.id}.pdf`, label: words.formats.pdf(PAPER.a4.label), mediaType: 'application/pdf', data: await pdf('a4') },
    { name: `${doc.id}-letter.pdf`, label: words.formats.pdf(PAPER.letter.label), mediaType: 'application/pdf', data: await pdf('letter') },
    {
      name: `${doc.id}.docx`,
      label: words.formats.word,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: await renderDocx(doc, brand, { date: options.date }),
    },
    { name: `${doc.id}.md`, label: words.formats.markdown, mediaType: 'text/markdown; charset=utf-8', data: encoder.encode(renderMarkdown(doc, brand)) },
  ];
}

/** The README of a set of templates: what each folder holds and what each format is for. */
function archiveReadme(set: readonly { doc: TemplateDocument; files: readonly TemplateFile[] }[], brand: Branding): string {
  const words = wordsFor(brand.lang);
  const readme = words.templatesReadme;
  const lines = [`# ${readme.title}`, '', `${escapeMarkdown(brand.organization)} · <${brand.siteUrl}>`, '', readme.intro];
  for (const phase of Object.keys(PHASES) as Phase[]) {
    const held = set.filter(({ doc }) => doc.template.phase === phase);
    if (held.length === 0) continue;
    lines.push('', `## \`${phaseFolder(phase)}/\`: ${words.phases[phase]}`, '');
    for (const { doc } of held) {
      const { title, purpose, minutes } = doc.template;
      lines.push(`- **${escapeMarkdown(title)}** (\`${doc.id}\`): ${escapeMarkdown(purpose)} ${escapeMarkdown(readme.forWhom(audienceOf(doc, words), minutes))}`);
    }
  }
  const formats = set[0]?.files ?? [];
  lines.push('', `## ${readme.formats}`, '', readme.formatsIntro, '', ...formats.map((file) => `- \`${file.name.replace(set[0]!.doc.id, '<template>')}\`: ${file.label}`), '');
  return lines.join('\n');
}

/** A set of rendered templates as one ZIP: a README, then a folder per phase of the program, in program order. */
export function renderTemplateArchive(set: readonly { doc: TemplateDocument; files: readonly TemplateFile[] }[], brand: Branding, date: Date): Uint8Array {
  return renderZip(
    [
      { path: 'README.md', data: archiveReadme(set, brand) },
      ...set.flatMap(({ doc, files }) => files.map((file) => ({ path: `${phaseFolder(doc.template.phase)}/${file.name}`, data: file.data }))),
    ],
    date,
  );
}
