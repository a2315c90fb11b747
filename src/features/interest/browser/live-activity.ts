import { formatInstant } from '../../../lib/text/dates.ts';

/**
 * Keeps the replication activity of an innovation page current: the page's HTML may be a
 * minute old in a cache, so the counts and the list are read again from
 * `GET /api/inovasi/<id>/minat` on load, every 30 seconds while the tab is visible, and when it
 * becomes visible again. Everything is written as text (`textContent`), never as HTML.
 */
export function startLiveActivity(section: HTMLElement, regionNames: Map<string, string>): void {
  const source = section.dataset.source;
  if (source === undefined) return;
  const refresh = async () => {
    try {
      const response = await fetch(source, { cache: 'no-store' });
      if (!response.ok) return;
      const activity = readActivity(await response.json());
      if (activity !== undefined) render(section, activity, regionNames);
    } catch {
      // The server-rendered figures stay; the next refresh tries again.
    }
  };
  void refresh();
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, 30_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
}

/** Option values → names of the form's province and regency lists (read before narrowing). */
export function regionNamesOf(form: HTMLFormElement): Map<string, string> {
  const names = new Map<string, string>();
  for (const option of form.querySelectorAll('select option')) {
    if (option instanceof HTMLOptionElement && option.value !== '') {
      names.set(option.value, option.text);
    }
  }
  return names;
}

// --- internal ---

interface Entry {
  agency: string;
  provinceCode: string;
  regencyCode?: string;
  stage: string;
  stageChangedAt: string;
  /** At a stage reported with evidence: `reported` or `confirmed`. */
  evidence?: string;
}

interface Activity {
  counts: Record<string, number>;
  confirmedCounts: Record<string, number>;
  interestCount: number;
  entries: Entry[];
}

function readActivity(body: unknown): Activity | undefined {
  const value = body as Partial<Activity> | null;
  if (typeof value?.interestCount !== 'number' || !Array.isArray(value.entries)) return undefined;
  if (typeof value.counts !== 'object') return undefined;
  const confirmedCounts = typeof value.confirmedCounts === 'object' ? value.confirmedCounts : {};
  return {
    counts: value.counts,
    confirmedCounts,
    interestCount: value.interestCount,
    entries: value.entries,
  };
}

function render(section: HTMLElement, activity: Activity, names: Map<string, string>): void {
  const lang: RowContext['lang'] = section.dataset.lang === 'en' ? 'en' : 'id';
  const number = (value: number) => value.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
  for (const element of section.querySelectorAll<HTMLElement>('[data-count]')) {
    const key = element.dataset.count ?? '';
    const confirmed = /^confirmed-(.+)$/.exec(key)?.[1];
    if (confirmed !== undefined) {
      const count = number(activity.confirmedCounts[confirmed] ?? 0);
      element.textContent = (element.dataset.template ?? '{count}').replace('{count}', count);
      continue;
    }
    element.textContent = number(
      key === 'interest' ? activity.interestCount : (activity.counts[key] ?? 0),
    );
  }
  const list = section.querySelector('[data-entries]');
  const template = section.querySelector('template');
  if (list === null || template === null) return;
  const shown = activity.entries;
  const labels = new Map(
    [...section.querySelectorAll<HTMLElement>('[data-label-of]')].map((element) => [
      element.dataset.labelOf ?? '',
      element.textContent,
    ]),
  );
  for (const state of ['reported', 'confirmed']) {
    const label = section.getAttribute(`data-${state}-label`);
    if (label !== null) labels.set(`evidence:${state}`, label);
  }
  const context: RowContext = { names, labels, lang };
  list.replaceChildren(...shown.map((entry) => row(template, entry, context)));
  show(section, '[data-empty]', shown.length === 0);
  const more = section.querySelector<HTMLElement>('[data-more]');
  if (more !== null) {
    // The answer lists the most recent entries only; the count is of them all.
    more.hidden = activity.interestCount <= shown.length;
    more.textContent = (more.dataset.template ?? '')
      .replace('{shown}', number(shown.length))
      .replace('{total}', number(activity.interestCount));
  }
}

interface RowContext {
  /** Region codes → names, stage values → labels, as the page writes them. */
  names: Map<string, string>;
  labels: Map<string, string>;
  lang: 'id' | 'en';
}

function row(template: HTMLTemplateElement, entry: Entry, context: RowContext): Node {
  const { names, labels, lang } = context;
  const item = template.content.cloneNode(true) as DocumentFragment;
  const region = [entry.regencyCode, entry.provinceCode]
    .flatMap((code) => (code === undefined ? [] : [names.get(code) ?? code]))
    .join(', ');
  text(item, '[data-field="agency"]', entry.agency);
  text(item, '[data-field="region"]', region);
  text(item, '[data-field="stage"]', labels.get(entry.stage) ?? entry.stage);
  item.querySelector('[data-field="stage"]')?.setAttribute('data-stage', entry.stage);
  const evidence =
    entry.evidence === undefined ? undefined : labels.get(`evidence:${entry.evidence}`);
  text(item, '[data-field="evidence"]', evidence === undefined ? '' : `(${evidence})`);
  const time = item.querySelector('time');
  time?.setAttribute('datetime', entry.stageChangedAt);
  if (time) time.textContent = formatInstant(entry.stageChangedAt, lang);
  return item;
}

function text(root: ParentNode, selector: string, value: string): void {
  const element = root.querySelector(selector);
  if (element !== null) element.textContent = value;
}

function show(root: ParentNode, selector: string, visible: boolean): void {
  const element = root.querySelector<HTMLElement>(selector);
  if (element !== null) element.hidden = !visible;
}
