// A picture of a PDF's first page, drawn at build time by pdf.js onto a canvas in Node: the preview shows
// the very file a reader downloads, not a drawing of it.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Small pictures are drawn at least this wide, then shrunk: drawn small, a form's thin rules fade out. */
const DRAWN_WIDTH = 480;

/** The first page of `pdf`, `width` pixels wide, as WebP on white. */
export async function firstPageImage(pdf: Uint8Array, width: number): Promise<Uint8Array> {
  // pdf.js takes ownership of the bytes it is given; a copy leaves the download untouched.
  const loading = getDocument({ data: pdf.slice(), disableFontFace: true, verbosity: 0 });
  try {
    const page = await (await loading.promise).getPage(1);
    const { width: pageWidth, height: pageHeight } = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.max(width, DRAWN_WIDTH) / pageWidth });
    const drawn = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = drawn.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, drawn.width, drawn.height);
    await page.render({ canvas: drawn as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    if (drawn.width === width) return new Uint8Array(await drawn.encode('webp', 80));
    const shrunk = createCanvas(width, Math.round((pageHeight * width) / pageWidth));
    const shrinking = shrunk.getContext('2d');
    shrinking.imageSmoothingQuality = 'high';
    shrinking.drawImage(drawn, 0, 0, shrunk.width, shrunk.height);
    return new Uint8Array(await shrunk.encode('webp', 80));
  } finally {
    await loading.destroy();
  }
}
