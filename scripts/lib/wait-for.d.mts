/** Resolves once `url` answers 2xx; rejects after `timeoutMs`. */
export function waitFor(url: string, timeoutMs?: number): Promise<void>;
