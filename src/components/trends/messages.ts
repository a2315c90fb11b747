import type { Locale } from '../../i18n/locales.ts';
import { messages, type MessageKey } from '../../i18n/t.ts';

/**
 * One area's messages (the keys of its Indonesian table) in one language: an island is sent
 * only these, not the whole site's messages in both languages.
 */
export function messagesOf<Key extends MessageKey>(
  area: Record<Key, string>,
  locale: Locale,
): Record<Key, string> {
  const table = messages[locale];
  return Object.fromEntries(Object.keys(area).map((key) => [key, table[key as Key]])) as Record<
    Key,
    string
  >;
}
