import type { interestErrors as id } from '../id/interest-errors.ts';

/** Field-level messages for the replication-interest endpoints and forms. */
export const interestErrors: Record<keyof typeof id, string> = {
  'interest.error.agency':
    'Write the agency name (3–200 characters), e.g. "Dinas Kesehatan Kota Padang".',
  'interest.error.cluster': 'Choose the agency cluster.',
  'interest.error.provinceCode': 'Choose a province from the official list.',
  'interest.error.regencyCode':
    'Choose a regency/city from the official list, in the chosen province.',
  'interest.error.contactName': 'Write the contact person’s name (2–120 characters).',
  'interest.error.email': 'Write a valid e-mail address, e.g. name@agency.go.id.',
  'interest.error.phone': 'Write a valid phone number (8–23 digits, may start with +).',
  'interest.error.note': 'The note may have at most 2,000 characters.',
  'interest.error.consent': 'Tick the consent to be contacted by the innovating agency.',
  'interest.error.stage': 'Choose one of the stages offered.',
  'interest.error.invalid': 'Check the marked fields.',
  'interest.error.unknownInnovation': 'This innovation is not in the catalogue.',
  'interest.error.unknownEntry': 'This private link is not valid or has been replaced.',
  'interest.error.tooLarge': 'The submission is too large.',
  'interest.error.mediaType': 'Send a form or JSON.',
  'interest.error.crossSite': 'Submissions from other sites are refused.',
  'interest.error.malformed': 'The submission cannot be read.',
  'interest.error.rateLimited': 'Too many requests. Try again in {seconds} seconds.',
  'interest.error.unavailable': 'The service is unavailable. Try again shortly.',
  'interest.error.notFound': 'There is nothing at this address.',
  'interest.error.method': 'This request method is not supported at this address.',
  'interest.error.query': 'Write at most 100 characters.',
};
