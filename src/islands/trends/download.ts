/** Saves text as a file in the browser, without a round trip to the server. */
export function saveText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: freed at once, the download fails.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

const svgNs = 'http://www.w3.org/2000/svg';

/** A series in the file's key (on the page, the legend is HTML beside the drawing). */
export interface FileKey {
  label: string;
  colour: string;
}

/**
 * A chart's SVG as a file that stands alone: its title, its key of shown series, its own
 * namespace, font and white ground, without the tooltip that belongs to the page.
 */
export function svgFileText(svg: SVGSVGElement, title: string, keys: readonly FileKey[]): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const transient of copy.querySelectorAll('[data-transient]')) transient.remove();
  if (keys.length > 0) appendKey(copy, keys);
  const name = element('title', {});
  name.textContent = title;
  copy.prepend(name, element('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  copy.setAttribute('xmlns', svgNs);
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

// --- internal ---

const keyRow = 22;
const keyCharWidth = 6.8;
const keyLeft = 4;

/** The key under the drawing, entries flowing in rows; the file grows to hold it. */
function appendKey(svg: SVGSVGElement, keys: readonly FileKey[]): void {
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const key = element('g', { 'font-size': '12', fill: '#1b1f23' });
  let x = keyLeft;
  let y = height + 8;
  for (const { label, colour } of keys) {
    const room = 20 + label.length * keyCharWidth;
    if (x > keyLeft && x + room > width) {
      x = keyLeft;
      y += keyRow;
    }
    key.append(element('rect', { x, y, width: 12, height: 12, fill: colour, stroke: '#1b1f23' }));
    const text = element('text', { x: x + 17, y: y + 11 });
    text.textContent = label;
    key.append(text);
    x += room + 12;
  }
  svg.append(key);
  const total = y + keyRow;
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  svg.setAttribute('height', String(total));
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const created = document.createElementNS(svgNs, name);
  for (const [attribute, value] of Object.entries(attributes)) {
    created.setAttribute(attribute, String(value));
  }
  return created;
}
