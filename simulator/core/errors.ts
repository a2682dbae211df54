/**
 * A cloud error. Each service has its own body shape (reference §1.2); the shape is chosen where the
 * error is raised, so the console's parser meets all of them.
 */
export type ErrorShape =
  | 'error' // SDRS generic: {"error":{"code","message"}}
  | 'badrequest' // SDRS kind-keyed: {"badrequest":{...}}
  | 'itemNotFound' // SDRS/EVS kind-keyed
  | 'flat' // {"error_code","error_msg"}: SDRS replication pairs, IAM and the API gateway
  | 'vpc' // {"code","message"}
  | 'nova'; // {"conflictingRequest"|"itemNotFound"|"badRequest": {"code": <int>, "message"}}

export class CloudError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly shape: ErrorShape = 'error',
    readonly kind?: string,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    switch (this.shape) {
      case 'flat':
        return { error_code: this.code, error_msg: this.message };
      case 'vpc':
        return { code: this.code, message: this.message };
      case 'nova':
        return { [this.kind ?? 'badRequest']: { code: this.status, message: this.message } };
      case 'badrequest':
      case 'itemNotFound':
        return { [this.shape]: { code: this.code, message: this.message } };
      default:
        return { error: { code: this.code, message: this.message } };
    }
  }
}

export const sdrsError = (code: string, message: string, status = 400, shape: ErrorShape = 'error') =>
  new CloudError(status, code, message, shape);
