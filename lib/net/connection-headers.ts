import { clientAddress, isTrustedPeer, publicScheme, type TrustedProxies } from './trusted-proxies';

export interface Connection {
  /** The client's address, `unknown` when the console's own server did not record the peer. */
  address: string;
  /** The scheme the user reached the console by. */
  scheme: 'http' | 'https';
}

interface HeaderNames {
  peer: string;
  scheme: string;
}

/**
 * The console's server (`server.mjs`) records the connection's peer and scheme in headers of its own,
 * replacing any a client sent, and marks the process. Without that mark (the console run some other
 * way) those headers could come from anyone, so none of them is believed.
 */
const ownHeaders = (): HeaderNames | undefined =>
  (globalThis as Record<symbol, HeaderNames | undefined>)[Symbol.for('sdrs-console.connection-headers')];

export function readConnection(
  h: Pick<Headers, 'get'>,
  settings: { publicUrl?: string; trusted: TrustedProxies },
): Connection {
  const names = ownHeaders();
  const peer = names ? h.get(names.peer) : null;
  if (!names || !peer) {
    return { address: 'unknown', scheme: publicScheme(settings.publicUrl, 'http', null, false) };
  }
  const connectionScheme = h.get(names.scheme) === 'https' ? 'https' : 'http';
  const trusted = isTrustedPeer(peer, settings.trusted);
  return {
    address: clientAddress(peer, trusted ? h.get('x-forwarded-for') : null, settings.trusted),
    scheme: publicScheme(settings.publicUrl, connectionScheme, h.get('x-forwarded-proto'), trusted),
  };
}
