// The /toolkit/ page's kit builder: it starts the generator's worker, then reads the form, shows the
// schedule, the progress and the download, or what to correct. The page loads it as a person begins on the
// form (see the page's own script), so that a reader who only looks at the form loads none of it, and the
// generator is ready by the time the form is sent; it builds a kit every time the form is sent.
import type { BrowserKitResult, KitMessage, KitRequest, PrepareRequest, ScheduleInWords } from '../toolkit';
import { pageWords } from './page-words';

const form = document.querySelector<HTMLFormElement>('#kit-form')!;
const say = pageWords(form);
const progress = form.querySelector<HTMLProgressElement>('#kit-progress');
const status = form.querySelector<HTMLElement>('.kit-status')!;
const summary = form.querySelector<HTMLElement>('#form-summary')!;
const download = form.querySelector<HTMLAnchorElement>('.kit-download a')!;
const schedule = form.querySelector<HTMLElement>('.kit-schedule')!;
const showSchedule = ({ summary: said, times, sessions, checkIns }: ScheduleInWords) => {
  const checkInList = schedule.querySelector<HTMLElement>('.kit-schedule__check-ins')!;
  checkInList.replaceChildren(...checkIns.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  checkInList.hidden = checkIns.length === 0;
  schedule.querySelector('.kit-schedule__summary')!.textContent = said;
  schedule.querySelector('.kit-schedule__times')!.textContent = times;
  schedule.querySelector('tbody')!.replaceChildren(
    ...sessions.map(({ number, date, time, kind, moved }) => {
      const row = document.createElement('tr');
      for (const text of [`${number}. ${kind}`, date, time]) row.insertCell().textContent = text;
      if (moved) {
        const why = document.createElement('span');
        why.className = 'kit-schedule__moved';
        why.textContent = say('toolkit.moved', { reason: moved });
        row.cells[1]!.append(why);
      }
      return row;
    }),
  );
  schedule.hidden = false;
};

// The description, read back from the controls by their path in it (see ProgramForm.astro). An empty
// optional field is left out; an empty required one is sent empty, for the schema to name. A group of
// fields (the coordinator's) with nothing typed in it is left out whole, whatever its choices say.
const description = () => {
  const out: Record<string, unknown> = {};
  const typedIn = new Set<string>();
  for (const control of form.querySelectorAll<HTMLElement>('[data-path]')) {
    const { path = '', kind } = control.dataset;
    let value: unknown;
    if (kind === 'checkboxes') value = [...control.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    else if (kind === 'radio') value = control.querySelector<HTMLInputElement>('input:checked')?.value;
    else {
      const raw = (control as HTMLInputElement).value.trim();
      value = raw === '' ? ((control as HTMLInputElement).required ? '' : undefined) : kind === 'number' ? Number(raw) : raw;
    }
    if (value === undefined) continue;
    const keys = path.split('.');
    if (kind !== 'radio' && kind !== 'checkboxes') typedIn.add(keys[0]!);
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }
  for (const [key, value] of Object.entries(out)) if (typeof value === 'object' && !Array.isArray(value) && !typedIn.has(key)) delete out[key];
  return out;
};

const clearErrors = () => {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((error) => (error.hidden = true));
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  summary.hidden = true;
};
const showError = (field: string, message: string) => {
  // A problem with "focus.1" is shown at the focus areas: the nearest control the path leads to.
  const keys = field.split('.');
  const byId = (id: string) => (id ? form.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null);
  while (keys.length > 1 && !byId(`${keys.join('-')}-error`)) keys.pop();
  const id = keys.join('-');
  const error = byId(`${id}-error`) ?? summary;
  error.textContent = message;
  error.hidden = false;
  byId(id)?.setAttribute('aria-invalid', 'true');
};

const files = () => ({ templates: form.dataset.templates!, regularFont: form.dataset.regularFont!, boldFont: form.dataset.boldFont!, fallbackFonts: form.dataset.fallbackFonts! });

// The generator, started as soon as this builder loads: it loads and fetches its files while the person
// fills in the form, and the fonts for the names they type. One whose script fails is replaced.
let generator: Worker | undefined;
/** A worker whose script failed is not used again. */
const discard = (worker: Worker) => {
  worker.terminate();
  if (generator === worker) generator = undefined;
};
const prepare = (worker: Worker) => {
  const request: PrepareRequest = { type: 'prepare', files: files(), language: form.querySelector<HTMLSelectElement>('#language')?.value, text: JSON.stringify(description()) };
  worker.postMessage(request);
};
const startGenerator = () => {
  const worker = new Worker(new URL('../toolkit/worker.ts', import.meta.url), { type: 'module' });
  worker.onerror = () => discard(worker);
  prepare(worker);
  return worker;
};

/**
 * Builds the kit of `request` in the generator. A generator whose script fails before it answers (it
 * did not load) is started once more: one that was still loading when the form was sent fails here.
 */
function run(request: KitRequest, again = true): Promise<BrowserKitResult> {
  return new Promise<BrowserKitResult>((resolve, reject) => {
    const worker = (generator ??= startGenerator());
    let answered = false;
    worker.onmessage = ({ data: message }: MessageEvent<KitMessage>) => {
      answered = true;
      if (message.type === 'schedule') return showSchedule(message.schedule);
      if (message.type === 'progress') {
        const { done, total, file } = message;
        if (progress) {
          progress.max = total;
          progress.value = done;
        }
        if (file) status.textContent = say('toolkit.building', { file, number: done + 1, total });
        return;
      }
      // A kit that failed (a file that did not download) leaves the generator fit for the next.
      if (message.type === 'result') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      discard(worker);
      if (again && !answered) run(request, false).then(resolve, reject);
      else reject(new Error(event.message || say('toolkit.notLoaded')));
    };
    worker.postMessage(request);
  });
}

async function build(): Promise<void> {
  clearErrors();
  const invalid = [...form.querySelectorAll<HTMLInputElement>('input, select')].filter((input) => !input.validity.valid);
  if (invalid.length > 0) {
    invalid.forEach((input) => showError(input.id, input.validationMessage));
    invalid[0]?.focus();
    return;
  }
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  button.disabled = true;
  schedule.hidden = true;
  form.querySelector<HTMLElement>('.kit-download')!.hidden = true;
  form.querySelector<HTMLElement>('.kit-progress')!.hidden = false;
  status.textContent = say('toolkit.loading');
  try {
    const result = await run({
      type: 'build',
      input: description(),
      files: files(),
      color: form.dataset.color!,
      siteUrl: form.dataset.siteUrl!,
      messages: document.documentElement.lang,
    });
    if (!result.ok) {
      result.issues.forEach((issue) => showError(issue.field, issue.message));
      status.textContent = say('toolkit.correct');
      form.querySelector<HTMLElement>('[aria-invalid]')?.focus();
      return;
    }
    URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([result.zip.slice()], { type: 'application/zip' }));
    download.download = result.fileName;
    download.textContent = say('toolkit.downloadSize', { size: Math.round(result.zip.length / 1024) });
    form.querySelector<HTMLElement>('.kit-download')!.hidden = false;
    status.textContent = say('toolkit.ready');
  } catch (error) {
    status.textContent = say('toolkit.failed', { reason: (error as Error).message });
  } finally {
    button.disabled = false;
    form.querySelector<HTMLElement>('.kit-progress')!.hidden = true;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void build();
});
form.addEventListener('change', () => generator && prepare(generator));
// The form was sent while this builder loaded (the page marks it so): that kit is built now. Otherwise
// the generator starts, to be ready when it is sent; a browser that cannot start it hears so when it is.
if ('kitAsked' in form.dataset) {
  delete form.dataset.kitAsked;
  void build();
} else {
  try {
    generator = startGenerator();
  } catch {
    // build() starts it again, and says why it cannot.
  }
}
