import { createCanvas, loadImage } from '@napi-rs/canvas';

/** An image's pixels as grey levels (0 black to 255 white), drawn at the given size. */
export async function greys(bytes: Buffer, width: number, height: number): Promise<number[]> {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(await loadImage(bytes), 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  const levels: number[] = [];
  for (let i = 0; i < data.length; i += 4) levels.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
  return levels;
}
