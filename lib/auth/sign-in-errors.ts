import { OtcError } from '../otc/errors';

export interface SignInFailure {
  message: string;
  /** The field the failure points at, if one does. */
  field?: 'password' | 'project' | 'secretKey' | 'projectId' | 'accessKey';
}

/** A sign-in failure in plain words, pointing at the field to correct. */
export function describeSignInFailure(error: unknown, method: 'password' | 'aksk'): SignInFailure {
  if (!(error instanceof OtcError)) {
    return {
      message: 'Sign-in failed on the console server. Try again; if it keeps failing, tell your administrator.',
    };
  }
  if (error.kind === 'network' || error.kind === 'timeout') {
    return {
      message: `The cloud's identity service could not be reached (${error.code}). Check the network or try again in a minute.`,
    };
  }
  if (method === 'password') {
    if (error.status === 401 && /project/i.test(error.message)) {
      return { field: 'project', message: 'This project does not exist, or your user has no access to it.' };
    }
    if (error.status === 401) {
      return { field: 'password', message: 'The account name, user name or password is wrong.' };
    }
  } else {
    if (error.status === 401)
      return { field: 'secretKey', message: 'The access key or secret key is wrong, or it is not active.' };
    if (error.status === 404)
      return { field: 'projectId', message: 'This project does not exist, or the key has no access to it.' };
    if (error.status === 403)
      return {
        field: 'accessKey',
        message: 'This key may not read its own identity. Use a key of an IAM user with console access.',
      };
  }
  return { message: `Sign-in failed: ${error.code} ${error.message}` };
}
