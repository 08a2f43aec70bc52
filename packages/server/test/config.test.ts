import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/env.ts';

const load = (env: Record<string, string>) => loadConfig({ PATH: '/usr/bin', ...env });

describe('TRUST_PROXY', () => {
  it('is off unless set', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('takes addresses, CIDR ranges and proxy-addr names, comma-separated', () => {
    expect(load({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each(['true', '1', '2', '10.0.0.0/33', 'proxy.local', '127.0.0.1,', '1.2.3.4/8/1'])(
    'refuses %j with a message naming the variable',
    (value) => {
      expect(() => load({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => load({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('API_DOCS', () => {
  it('is public outside production and off in production unless set', () => {
    expect(load({}).apiDocs).toBe('public');
    expect(load({ NODE_ENV: 'test' }).apiDocs).toBe('public');
    expect(load({ NODE_ENV: 'production' }).apiDocs).toBe('off');
    expect(load({ NODE_ENV: 'production', API_DOCS: 'public' }).apiDocs).toBe('public');
    expect(load({ API_DOCS: 'off' }).apiDocs).toBe('off');
    expect(() => load({ API_DOCS: 'private' })).toThrow(/API_DOCS/);
  });
});

describe('SESSION_SECRET', () => {
  it('is no longer required in production, and a deployment that still sets it starts', () => {
    expect(load({ NODE_ENV: 'production' }).nodeEnv).toBe('production');
    expect(load({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).nodeEnv).toBe('production');
    expect(load({ NODE_ENV: 'production', SESSION_SECRET: 'short' }).nodeEnv).toBe('production');
  });
});
