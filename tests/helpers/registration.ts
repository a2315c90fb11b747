/**
 * A valid registration of replication interest as the JSON API takes it — Dinas Kesehatan of
 * Kota Padang — with any field replaced by `fields`.
 */
export function registrationBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agency: 'Dinas Kesehatan Kota Padang',
    cluster: 'kota',
    provinceCode: '13',
    regencyCode: '13.71',
    contactName: 'Rina Marlina',
    email: 'rina@padang.go.id',
    phone: '+62 812 7777 0101',
    consent: true,
    ...fields,
  };
}

/** Registers through a running portal's JSON API; the answer as it came. */
export function postRegistration(
  origin: string,
  innovationId: string,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${origin}/api/inovasi/${encodeURIComponent(innovationId)}/minat`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(registrationBody(fields)),
  });
}
