import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('keeps the embedded database under ./data of the repository by default', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve(import.meta.dirname, '../../../data'));
    expect(config).toMatchObject({
      port: 3000,
      demo: true,
      databaseUrl: undefined,
      demoPassword: 'sigap-demo-2026',
    });
  });

  it('reads PORT, DATABASE_URL, demo switches and a relative data dir from where npm was run', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://x@y/z',
      SIGAP_DEMO: 'false',
      SIGAP_DEMO_PASSWORD: 'rahasia-demo',
      SIGAP_DATA_DIR: 'arsip',
      INIT_CWD: '/srv/sigap',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://x@y/z',
      demo: false,
      demoPassword: 'rahasia-demo',
      dataDir: '/srv/sigap/arsip',
    });
  });

  it('refuses invalid settings with a readable message', () => {
    expect(() => loadConfig({ PORT: 'delapan' })).toThrow(/Invalid configuration/);
    expect(() => loadConfig({ SIGAP_DEMO_PASSWORD: 'short' })).toThrow(/SIGAP_DEMO_PASSWORD/);
  });
});
