/**
 * What the registration form gains with JavaScript (it works without): the regency list
 * narrowed to the chosen province, and agency names suggested as one types.
 */
export function enhanceForm(form: HTMLFormElement): void {
  narrowRegencies(form);
  suggestAgencies(form);
}

// --- internal ---

function narrowRegencies(form: HTMLFormElement): void {
  const province = form.elements.namedItem('provinceCode');
  const regency = form.elements.namedItem('regencyCode');
  if (!(province instanceof HTMLSelectElement) || !(regency instanceof HTMLSelectElement)) return;
  // Detached rather than hidden: a hidden <optgroup> still shows in some browsers' pickers.
  const groups = [...regency.querySelectorAll('optgroup')];
  const show = () => {
    const chosen = regency.value;
    for (const group of groups) group.remove();
    const group = groups.find((candidate) => candidate.dataset.province === province.value);
    if (group === undefined) return;
    regency.append(group);
    const kept = [...group.querySelectorAll('option')].some((option) => option.value === chosen);
    regency.value = kept ? chosen : '';
  };
  province.addEventListener('change', show);
  show();
}

function suggestAgencies(form: HTMLFormElement): void {
  const input = form.elements.namedItem('agency');
  if (!(input instanceof HTMLInputElement)) return;
  const list = document.getElementById(input.getAttribute('list') ?? '');
  // The suggestions' route, written by the page from the route table (no table in the script).
  const source = list?.dataset.source;
  if (list === null || source === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending?.abort();
      pending = new AbortController();
      void fill(list, source, input.value.trim(), pending.signal);
    }, 150);
  });
}

async function fill(
  list: HTMLElement,
  source: string,
  query: string,
  signal: AbortSignal,
): Promise<void> {
  if (query.length < 2) return;
  try {
    const response = await fetch(`${source}?q=${encodeURIComponent(query)}`, { signal });
    if (!response.ok) return;
    const names = agencyNames(await response.json());
    list.replaceChildren(
      ...names.map((name) => {
        const option = document.createElement('option');
        option.value = name;
        return option;
      }),
    );
  } catch {
    // Suggestions are a convenience: without them the field still takes any name.
  }
}

function agencyNames(body: unknown): string[] {
  const items = (body as { agencies?: unknown } | null)?.agencies;
  if (!Array.isArray(items)) return [];
  return items.filter((item): item is string => typeof item === 'string').slice(0, 20);
}
