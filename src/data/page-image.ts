// A picture of a PDF's first page, drawn at build time by pdf.js onto a canvas in Node: the preview shows
// the very file a reader downloads, not a drawing of it.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The first page of `pdf`, `width` pixels wide, as WebP on white. */
export async function firstPageImage(pdf: Uint8Array, width: number): Promise<Uint8Array> {
  // pdf.js takes ownership of the bytes it is given; a copy leaves the download untouched.
  const loading = getDocument({ data: pdf.slice(), disableFontFace: true, verbosity: 0 });
  try {
    const page = await (await loading.promise).getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return new Uint8Array(await canvas.encode('webp', 80));
  } finally {
    await loading.destroy();
  }
}
