import { isBlank } from './blank.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

const firstSdg = 1;
const lastSdg = 17;

/**
 * A goal number with any target parts after it: `3` and `3.8` (goal 3, target 8) both name
 * goal 3. The 17 official goal names hold no digits, so any number in the text is a goal.
 */
const goalPattern = /\d+(?:\.\d+)*/g;

/**
 * The SDGs (TPB) a cell names, sorted and unique: `3`, `"3, 5"`, `"TPB 3; TPB 5"`, `"SDG 3"`,
 * `"3 - Kehidupan Sehat dan Sejahtera"`, `"SDGs 3, 5 dan 17"`, or an array of numbers, numeric
 * strings or `{id, nama}` objects. Empty gives `[]`.
 */
export function parseSdgs(input: unknown): Parsed<number[]> {
  const found: number[] = [];
  for (const item of Array.isArray(input) ? (input as unknown[]) : [input]) {
    const numbers = sdgsOf(item);
    if (!numbers.ok) return numbers;
    found.push(...numbers.value);
  }
  return ok([...new Set(found)].sort((a, b) => a - b));
}

// --- internal ---

function sdgsOf(item: unknown): Parsed<number[]> {
  if (isBlank(item)) return ok([]);
  if (typeof item === 'number') return checked([item], item);
  if (typeof item === 'string') return fromText(item);
  if (typeof item === 'object' && !Array.isArray(item)) {
    return fromObject(item as Record<string, unknown>);
  }
  return fail(`${quote(item)} is not an SDG`);
}

/** `{id: 3, nama: "..."}`; without an id, the number in the name. */
function fromObject(item: Record<string, unknown>): Parsed<number[]> {
  if (!isBlank(item.id)) return sdgsOf(item.id);
  if (typeof item.nama === 'string') return fromText(item.nama);
  return fail(`${quote(item)} is not an SDG`);
}

function fromText(text: string): Parsed<number[]> {
  const goals = Array.from(text.matchAll(goalPattern), ([match]) => Number.parseInt(match, 10));
  if (goals.length === 0) return fail(`${quote(text)} has no SDG number`);
  return checked(goals, text);
}

function checked(goals: number[], raw: unknown): Parsed<number[]> {
  const wrong = goals.find((goal) => !Number.isInteger(goal) || goal < firstSdg || goal > lastSdg);
  if (wrong === undefined) return ok(goals);
  const what = typeof raw === 'number' ? '' : `: ${String(wrong)}`;
  return fail(`${quote(String(raw))}${what} is not an SDG number (${firstSdg}–${lastSdg})`);
}
