/** What the job's event stream sends (`ProgressView` of `ingest-jobs/progress-view.ts`). */
interface Progress {
  statusText: string;
  stageText?: string;
  files: { percent: number; text: string }[];
  cancellable: boolean;
  notice?: string;
}

/**
 * Keeps a running job's page current from its event stream (`data-events`): the status, the
 * stage, each file's bar and counts, the cancel button and notice, all written as text. When
 * the job ends the page is loaded again, which then shows how it ended and the report.
 * Without script (or when the stream fails for good) the page reloads itself instead.
 */
export function followJob(section: HTMLElement): void {
  const source = section.dataset.events;
  if (source === undefined) return;
  const events = new EventSource(source);
  events.addEventListener('progress', (event) => {
    const progress = readProgress(event.data);
    if (progress !== undefined) render(section, progress);
  });
  events.addEventListener('end', () => {
    events.close();
    location.reload();
  });
}

// --- internal ---

function readProgress(data: unknown): Progress | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return undefined;
    const progress = value as Partial<Progress>;
    if (typeof progress.statusText !== 'string' || !Array.isArray(progress.files)) return undefined;
    return progress as Progress;
  } catch {
    return undefined;
  }
}

function render(section: HTMLElement, progress: Progress): void {
  const status = document.querySelector('[data-status]');
  if (status) status.textContent = progress.statusText;
  show(section.querySelector('[data-stage]'), progress.stageText);
  show(section.querySelector('[data-notice]'), progress.notice);
  const cancel = section.querySelector<HTMLElement>('[data-cancel]');
  if (cancel) cancel.hidden = !progress.cancellable;
  progress.files.forEach((file, index) => {
    const row = section.querySelector(`[data-file="${String(index)}"]`);
    const bar = row?.querySelector('progress');
    if (bar) bar.value = file.percent;
    const counts = row?.querySelector('[data-counts]');
    if (counts) counts.textContent = file.text;
  });
}

function show(element: Element | null, text: string | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  element.hidden = text === undefined;
  element.textContent = text ?? '';
}
