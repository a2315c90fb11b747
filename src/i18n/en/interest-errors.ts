import type { interestErrors as id } from '../id/interest-errors.ts';

/** Field-level messages for the replication-interest endpoints and forms. */
export const interestErrors: Record<keyof typeof id, string> = {
  'interest.error.agency':
    'Write the agency name in letters (3–200 characters), e.g. "Dinas Kesehatan Kota Padang".',
  'interest.error.cluster': 'Choose the agency cluster.',
  'interest.error.provinceCode': 'Choose a province from the official list.',
  'interest.error.regencyCode':
    'Choose a regency/city from the official list, in the chosen province.',
  'interest.error.contactName': 'Write the contact person’s name (2–120 characters).',
  'interest.error.email': 'Write a valid e-mail address, e.g. name@agency.go.id.',
  'interest.error.phone': 'Write a valid phone number (8–23 digits, may start with +).',
  'interest.error.note': 'The note may have at most 2,000 characters.',
  'interest.error.consent': 'Tick the consent to keep the data of this registration.',
  'interest.error.shareEmail': 'Tick or clear the choice to share the e-mail.',
  'interest.error.sharePhone': 'Tick or clear the choice to share the phone.',
  'interest.error.stage': 'Choose one of the stages offered.',
  'interest.error.query': 'Write at most 100 characters.',
};
