/**
 * What a cloud error code means and what to do about it, in plain words. One entry per code; the
 * console shows the code, the cause and the remedy together.
 */
export interface ErrorAdvice {
  cause: string;
  remedy: string;
}

const CATALOGUE: Record<string, ErrorAdvice> = {
  'NET.UNREACHABLE': {
    cause: 'The console could not reach the cloud API.',
    remedy: 'Check that the cloud endpoint is reachable from the console server, then retry.',
  },
  'NET.TIMEOUT': {
    cause: 'The cloud API did not answer in time.',
    remedy: 'The cloud may be slow or busy. Retry in a minute; nothing was changed by a read.',
  },
  'NET.BAD_BODY': {
    cause: 'The cloud sent an answer the console could not read.',
    remedy: 'Retry. If it persists, the API may have changed: report it with the time of the error.',
  },
  'APIGW.0301': {
    cause: 'The cloud no longer accepts your sign-in (the token expired or was revoked).',
    remedy: 'Sign in again.',
  },
  'APIGW.0302': {
    cause: 'Your cloud permissions do not allow this request.',
    remedy: 'Ask your administrator for the SDRS permissions this needs.',
  },
  'SDRS.0013': {
    cause: 'The disaster recovery service had an internal error.',
    remedy: 'Retry in a minute. If it persists, contact cloud support with the time of the error.',
  },
  'SDRS.0221': { cause: 'The page size asked for is out of range.', remedy: 'Use a page size from 1 to 1000.' },
  'SDRS.0222': { cause: 'The page offset asked for is invalid.', remedy: 'Go back to the first page.' },
};

const GENERIC_5XX: ErrorAdvice = {
  cause: 'The cloud service failed while answering.',
  remedy: 'Retry in a minute. If it keeps failing, check the cloud status page or contact support.',
};

export function adviceFor(code: string, status = 0): ErrorAdvice {
  return (
    CATALOGUE[code] ??
    (status >= 500 || code.startsWith('HTTP.5')
      ? GENERIC_5XX
      : {
          cause: 'The cloud refused the request.',
          remedy: 'Read the message from the cloud below; correct the request and retry.',
        })
  );
}
