import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { describeListenAddress, listenBanner } from '../src/listen-address.ts';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as unknown as NetworkInterfaceInfo;
const interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  eth0: [nic('10.0.0.5', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::5', 'IPv6')],
};

describe('where the start banner says the server is', () => {
  it('HOST=0.0.0.0: an address this machine can open, the network addresses, and that it listens on all', () => {
    const s = describeListenAddress(
      { address: '0.0.0.0', family: 'IPv4', port: 3000 },
      '0.0.0.0',
      interfaces,
    );
    expect(s.url).toBe('http://127.0.0.1:3000');
    expect(s.networkUrls).toEqual(['http://10.0.0.5:3000']);
    expect(listenBanner(s)).toBe(
      'Xã Số đang chạy tại http://127.0.0.1:3000 — lắng nghe trên mọi địa chỉ IPv4 của máy (HOST=0.0.0.0); ' +
        'trong mạng: http://10.0.0.5:3000',
    );
  });

  it('HOST=::: the IPv6 loopback, and network addresses of both families except link-local ones', () => {
    const s = describeListenAddress({ address: '::', family: 'IPv6', port: 8080 }, '::', interfaces);
    expect(s.url).toBe('http://[::1]:8080');
    expect(s.networkUrls).toEqual(['http://10.0.0.5:8080', 'http://[2001:db8::5]:8080']);
  });

  it('HOST=127.0.0.1: that address, reachable from this machine only, no network address', () => {
    const s = describeListenAddress(
      { address: '127.0.0.1', family: 'IPv4', port: 3000 },
      '127.0.0.1',
      interfaces,
    );
    expect(listenBanner(s)).toBe(
      'Xã Số đang chạy tại http://127.0.0.1:3000 — chỉ truy cập được từ chính máy này (HOST=127.0.0.1)',
    );
  });

  it('HOST=localhost: the address it resolved to, named as the setting was written', () => {
    const s = describeListenAddress({ address: '::1', family: 'IPv6', port: 3000 }, 'localhost', interfaces);
    expect(listenBanner(s)).toBe(
      'Xã Số đang chạy tại http://[::1]:3000 — chỉ truy cập được từ chính máy này (HOST=localhost)',
    );
  });

  it('a single network address: that one only', () => {
    const s = describeListenAddress(
      { address: '10.0.0.5', family: 'IPv4', port: 3000 },
      '10.0.0.5',
      interfaces,
    );
    expect(listenBanner(s)).toBe(
      'Xã Số đang chạy tại http://10.0.0.5:3000 — chỉ lắng nghe trên địa chỉ này (HOST=10.0.0.5)',
    );
  });
});
