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

  it('reads the e-mail settings: off without SMTP_URL, links relative to the public URL', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Sigap <no-reply@sigap.local>',
      publicUrl: 'http://localhost:8080',
    });
    expect(
      loadConfig({
        SMTP_URL: 'smtp://sigap:rahasia@mail.sukamaju.go.id:587',
        SIGAP_MAIL_FROM: 'Sigap Sukamaju <sigap@sukamaju.go.id>',
        SIGAP_PUBLIC_URL: 'https://sigap.sukamaju.go.id/',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://sigap:rahasia@mail.sukamaju.go.id:587',
      mailFrom: 'Sigap Sukamaju <sigap@sukamaju.go.id>',
      publicUrl: 'https://sigap.sukamaju.go.id',
    });
    expect(loadConfig({ SMTP_URL: '', SIGAP_PUBLIC_URL: '' })).toMatchObject({ smtpUrl: null });
    expect(() => loadConfig({ SMTP_URL: 'mail.sukamaju.go.id' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SIGAP_PUBLIC_URL: 'sigap.sukamaju.go.id' })).toThrow(/SIGAP_PUBLIC_URL/);
  });

  it('refuses invalid settings with a readable message', () => {
    expect(() => loadConfig({ PORT: 'delapan' })).toThrow(/Invalid configuration/);
    expect(() => loadConfig({ SIGAP_DEMO_PASSWORD: 'short' })).toThrow(/SIGAP_DEMO_PASSWORD/);
  });
});
