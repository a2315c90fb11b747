/**
 * The messages of the HTTP edge's failures (`src/http/failure.ts`), one per error code, and of
 * a URL parameter that is refused. Shown in a JSON answer's `message` and on error pages.
 */
export const errors = {
  'error.invalid': 'Check the marked fields.',
  'error.unknownInnovation': 'This innovation is not in the catalogue.',
  'error.unknownEntry': 'This private link is not valid or has been replaced.',
  'error.tooLarge': 'The submission is too large.',
  'error.mediaType': 'Send a form or JSON.',
  'error.crossSite': 'Submissions from other sites are refused.',
  'error.malformed': 'The submission cannot be read.',
  'error.rateLimited': 'Too many requests. Try again in {seconds} seconds.',
  'error.unavailable': 'The service is unavailable. Try again shortly.',
  'error.gone': 'This innovation was published once but has been removed from the catalogue.',
  'error.notFound': 'There is nothing at this address.',
  'error.method': 'This request method is not supported at this address.',
  'error.badRequest': 'This request cannot be read.',
  'error.forbidden': 'This page is for agency accounts only.',
  'error.unauthorized': 'Log in as an administrator first.',
  'error.internal': 'Something went wrong on the server. Try again later.',
  'error.param.unknown': 'Not a parameter of this address.',
  'error.param.invalid': 'This value is not valid.',
  'error.param.tooBig': 'This value is too large.',
  'error.param.tooSmall': 'This value is too small.',
  'error.param.pageEnd': 'Result pages end at record {max}.',
};
