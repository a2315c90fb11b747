/** An upper bound of a character's width at 12–13 px, to fit SVG text to its room. */
export const charWidth = 7.6;

/** `text` cut to `room` characters with an ellipsis (the full text is in the mark's name). */
export function truncate(text: string, room: number): string {
  return text.length <= room ? text : `${text.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
}
