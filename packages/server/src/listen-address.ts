import type { AddressInfo } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';

export type ListenStatement = {
  /** An address a browser on this machine can open (a wildcard is not one). */
  url: string;
  /** Other addresses that reach the server from the network (only when it listens on every address). */
  networkUrls: string[];
  /** Who can reach it, in words, naming the HOST setting that decides it. */
  reach: string;
};

const isLoopback = (address: string) => address === '::1' || address.startsWith('127.');
const hostInUrl = (address: string) => (address.includes(':') ? `[${address}]` : address);

/**
 * Where the server listens, said once and truly. Fastify's own "Server listening at" lines (one per interface
 * for 0.0.0.0) are silenced by startServer; the start banner says this instead. A wildcard (0.0.0.0, ::) is
 * given as the loopback address, which works from this machine, plus the machine's network addresses.
 */
export function describeListenAddress(
  bound: AddressInfo,
  host: string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): ListenStatement {
  const urlOf = (address: string) => `http://${hostInUrl(address)}:${bound.port}`;
  if (bound.address === '0.0.0.0' || bound.address === '::') {
    const ipv6 = bound.address === '::';
    const network = Object.values(interfaces)
      .flatMap((list) => list ?? [])
      .filter((i) => !i.internal && (ipv6 || i.family === 'IPv4'))
      // Link-local IPv6 addresses need a zone index to be opened: not an address to hand anyone.
      .filter((i) => !i.address.startsWith('fe80:'))
      .map((i) => urlOf(i.address));
    return {
      url: urlOf(ipv6 ? '::1' : '127.0.0.1'),
      networkUrls: network,
      reach: `lắng nghe trên mọi địa chỉ ${ipv6 ? '' : 'IPv4 '}của máy (HOST=${host})`,
    };
  }
  return {
    url: urlOf(bound.address),
    networkUrls: [],
    reach: isLoopback(bound.address)
      ? `chỉ truy cập được từ chính máy này (HOST=${host})`
      : `chỉ lắng nghe trên địa chỉ này (HOST=${host})`,
  };
}

/** The banner's first line: the one statement of where the server is. */
export function listenBanner(statement: ListenStatement): string {
  const network = statement.networkUrls.length > 0 ? `; trong mạng: ${statement.networkUrls.join(', ')}` : '';
  return `Xã Số đang chạy tại ${statement.url} — ${statement.reach}${network}`;
}
