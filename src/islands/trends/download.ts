/** Saves text as a file in the browser, without a round trip to the server. */
export function saveText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * A chart's SVG as a file that stands alone: its title, its own namespace, font and white
 * ground, without the tooltip that belongs to the page.
 */
export function svgFileText(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const transient of copy.querySelectorAll('[data-transient]')) transient.remove();
  const ground = document.createElementNS(svgNs, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#ffffff');
  const name = document.createElementNS(svgNs, 'title');
  name.textContent = title;
  copy.prepend(name, ground);
  copy.setAttribute('xmlns', svgNs);
  copy.setAttribute('font-family', 'system-ui, sans-serif');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
