import type { AstroIntegration } from 'astro';
import { GlobalFonts, createCanvas, loadImage, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARE_IMAGE, shareCards, shareImageHref, type ShareCard } from './share-cards';

const require = createRequire(import.meta.url);
const FONT = 'Mentorkit DejaVu Sans';
const BOLD = 'Mentorkit DejaVu Sans Bold';
const INK = '#1a1c21';
const MUTED = '#4a5060';
const PAPER = '#f4f6f9';
const MARGIN = 80;
// Encodings run on libuv's threads; more at once than it has would only queue.
const AT_ONCE = 4;

/** The site-wide part of every card. */
export interface CardBrand {
  siteTitle: string;
  organization: string;
  color: string;
  /** The logo file (SVG or PNG), drawn beside the site's name. */
  logo: string;
}

function registerFonts(): void {
  if (GlobalFonts.has(FONT)) return;
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), FONT);
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), BOLD);
}

/** `text` broken into lines no wider than `width` at the context's font; a word too long for one line stands alone. */
function wrap(context: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && context.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** `text` cut short, with an ellipsis, to fit `width` at the context's font. */
function clip(context: SKRSContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  const characters = [...text];
  while (characters.length > 1 && context.measureText(`${characters.join('')}…`).width > width) characters.pop();
  return `${characters.join('')}…`;
}

/** The title at the largest size, from 68 px down, whose lines fit `width` and `height`; past that, cut short. */
function fitTitle(context: SKRSContext2D, title: string, width: number, height: number): { lineHeight: number; lines: string[] } {
  const fits = (lines: string[], lineHeight: number) => lines.length * lineHeight <= height && lines.every((line) => context.measureText(line).width <= width);
  let size = 68;
  for (; size > 40; size -= 4) {
    context.font = `${size}px "${BOLD}"`;
    const lines = wrap(context, title, width);
    if (fits(lines, Math.round(size * 1.2))) return { lineHeight: Math.round(size * 1.2), lines };
  }
  context.font = `${size}px "${BOLD}"`;
  const lineHeight = Math.round(size * 1.2);
  const room = Math.max(1, Math.floor(height / lineHeight));
  const wrapped = wrap(context, title, width);
  const lines = wrapped.slice(0, room).map((line, i) => clip(context, i === room - 1 && wrapped.length > room ? `${line}…` : line, width));
  return { lineHeight, lines };
}

const LOGO = 84;

/** One page's card: its kind and title large, the logo, the site and the organization below, in the brand's colour. */
export async function drawShareCard(card: ShareCard, brand: CardBrand, logo: Image): Promise<Uint8Array> {
  registerFonts();
  const { width, height } = SHARE_IMAGE;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = PAPER;
  context.fillRect(0, 0, width, height);
  context.fillStyle = brand.color;
  context.fillRect(0, 0, width, 20);
  context.textBaseline = 'alphabetic';
  // Right to left, every line starts at the right margin and the logo stands on the right.
  const rtl = card.dir === 'rtl';
  context.direction = rtl ? 'rtl' : 'ltr';
  context.textAlign = 'start';
  const start = rtl ? width - MARGIN : MARGIN;
  let y = 100;
  if (card.kind) {
    context.fillStyle = brand.color;
    context.font = `30px "${BOLD}"`;
    context.fillText(card.kind.toUpperCase(), start, y + 30);
    y += 60;
  }
  const footer = height - 54 - LOGO;
  const { lineHeight, lines } = fitTitle(context, card.title, width - 2 * MARGIN, footer - 30 - y);
  context.fillStyle = INK;
  for (const line of lines) {
    y += lineHeight;
    context.fillText(line, start, y);
  }
  // The logo in its own proportions, within a square beside the site's name.
  const scale = Math.min(LOGO / logo.width, LOGO / logo.height);
  const [logoWidth, logoHeight] = [logo.width * scale, logo.height * scale];
  const logoStart = rtl ? width - MARGIN - LOGO : MARGIN;
  context.drawImage(logo, logoStart + (LOGO - logoWidth) / 2, footer + (LOGO - logoHeight) / 2, logoWidth, logoHeight);
  const textStart = rtl ? width - MARGIN - LOGO - 24 : MARGIN + LOGO + 24;
  const room = width - MARGIN - LOGO - 24 - MARGIN;
  context.fillStyle = INK;
  context.font = `34px "${BOLD}"`;
  context.fillText(clip(context, card.site ?? brand.siteTitle, room), textStart, footer + 38);
  context.fillStyle = MUTED;
  context.font = `28px "${FONT}"`;
  context.fillText(clip(context, brand.organization, room), textStart, footer + 80);
  // JPEG: about half the encoding time of PNG, which a site of a thousand pages feels, and flat colours and
  // large type keep it sharp at this quality.
  return new Uint8Array(await canvas.encode('jpeg', 90));
}

/** Draws every page's share card into the built site, after the build. */
export default function shareImages(brand: CardBrand): AstroIntegration {
  return {
    name: 'mentorkit-share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const logo = await loadImage(await readFile(brand.logo)).catch((error: unknown) => {
          throw new Error(`site.config.ts: logo.src: ${brand.logo} could not be read as an image (${String(error)}); save it again as SVG or PNG`, { cause: error });
        });
        const queue = [...shareCards()];
        const draw = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [pathname, card] = next;
            // Addresses are percent-encoded; files on disk carry the characters themselves.
            const file = join(root, decodeURIComponent(shareImageHref(pathname)));
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, await drawShareCard(card, brand, logo));
          }
        };
        const count = queue.length;
        await Promise.all(Array.from({ length: AT_ONCE }, draw));
        logger.info(`${count} share images drawn`);
      },
    },
  };
}
