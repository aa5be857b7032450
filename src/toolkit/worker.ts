// The kit generator as a Web Worker, which the /toolkit/ page starts as a person begins on the form: the
// page stays responsive and its progress bar moves while the kit is built, and the page's own script
// needs no module-loading helper (a dynamic import() would bring Vite's). One worker builds every kit the
// page asks for, one at a time.
import { buildKitInBrowser, prepareKit, type BrowserKitResult, type KitFileUrls } from './browser';
import type { ScheduleInWords } from './schedule';

/** What the page sends: the description as the form gives it, where the generator's files are, and the site's colour and address. */
export interface KitRequest {
  type: 'build';
  input: unknown;
  files: KitFileUrls;
  color: string;
  siteUrl: string;
  /** The page's language, for its messages about fields to correct. */
  messages: string;
}

/**
 * Sent as a person begins on the form, then as they change it: fetch what a kit in `language` needs, and
 * the fallback faces for the characters of `text` (what they typed), before the kit is asked for.
 */
export interface PrepareRequest {
  type: 'prepare';
  files: KitFileUrls;
  language: string | undefined;
  text: string;
}

/** What the worker answers: the schedule, progress as it goes, then the result or why it failed. */
export type KitMessage =
  | { type: 'schedule'; schedule: ScheduleInWords }
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'result'; result: BrowserKitResult }
  | { type: 'error'; message: string };

// The worker's global scope, typed here: the project's TypeScript library is the DOM's, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<KitRequest | PrepareRequest>) => void) | null;
  postMessage(message: KitMessage, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data: request }) => {
  if (request.type === 'prepare') return prepareKit(request.files, request.language, request.text);
  const { input, files, color, siteUrl, messages } = request;
  try {
    const result = await buildKitInBrowser(input, {
      files,
      color,
      siteUrl,
      messages,
      onProgress: (done, total, file) => scope.postMessage({ type: 'progress', done, total, file }),
      onSchedule: (schedule) => scope.postMessage({ type: 'schedule', schedule }),
    });
    // The ZIP's memory moves to the page rather than being copied.
    scope.postMessage({ type: 'result', result }, result.ok ? [result.zip.buffer] : []);
  } catch (error) {
    scope.postMessage({ type: 'error', message: (error as Error).message });
  }
};
