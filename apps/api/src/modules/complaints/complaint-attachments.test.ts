import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let ticket: string;
let complaintId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const upload = (bytes: Buffer, fileName = 'bukti.pdf', code = ticket) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/complaints/${code}/attachments?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });

async function storedFiles() {
  try {
    return await readdir(path.join(t.filesDir, demo.agencyId));
  } catch {
    return [];
  }
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 100 });
  admin = await Client.signIn(t.app, demo.admin);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/public/agencies/${demo.agencyId}/complaints`,
    payload: {
      clientId: randomUUID(),
      category: 'PENGADUAN',
      title: 'Jalan rusak di depan kantor kelurahan',
      body: 'Lubang besar di jalan sejak dua bulan, membahayakan pengendara.',
    },
  });
  ticket = res.json().ticketCode;
  const list = (await admin.get('/api/complaints')).json();
  complaintId = list.items[0].id;
});

describe('complaint attachments', () => {
  it('stores a PDF by its bytes and lets only staff who may read the complaint download it', async () => {
    const res = await upload(PDF, 'foto jalan.exe.pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      contentType: 'application/pdf',
      size: PDF.length,
      fileName: 'foto jalan.exe.pdf',
    });
    const detail = (await admin.get(`/api/complaints/${complaintId}`)).json();
    expect(detail.attachments).toHaveLength(1);
    const file = await admin.get(`/api/complaints/${complaintId}/attachments/${detail.attachments[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    // a staff member who may not read complaints, and anyone without a session
    const staff = await Client.signIn(t.app, demo.sampleEmployees.at(-1)?.nip ?? '');
    expect([403, 404]).toContain(
      (await staff.get(`/api/complaints/${complaintId}/attachments/${detail.attachments[0].id}`)).statusCode,
    );
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/complaints/${complaintId}/attachments/${detail.attachments[0].id}`,
    });
    expect(anonymous.statusCode).toBe(401);
    const tracking = (await t.app.inject({ method: 'GET', url: `/api/public/complaints/${ticket}` })).json();
    expect(JSON.stringify(tracking)).not.toContain('attachments');
  });

  it('refuses a renamed executable, an oversized file and an unknown ticket', async () => {
    const exe = await upload(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), 'laporan.pdf');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_REFUSED');
    const big = await upload(Buffer.concat([PDF, Buffer.alloc(LIMITS.attachmentMaxBytes)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    expect((await upload(PDF, 'x.pdf', 'ADU-TIDAKADA')).statusCode).toBe(404);
  });

  it('keeps nothing of an upload that is refused after the file was written', async () => {
    for (let i = 1; i < LIMITS.attachmentsPerComplaint; i += 1)
      expect((await upload(PDF)).statusCode).toBe(201);
    const before = await storedFiles();
    const refused = await upload(PDF);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ATTACHMENTS_FULL');
    const detail = (await admin.get(`/api/complaints/${complaintId}`)).json();
    expect(detail.attachments).toHaveLength(LIMITS.attachmentsPerComplaint);
    const after = await storedFiles();
    expect(after.sort()).toEqual(before.sort());
    expect(after).toHaveLength(LIMITS.attachmentsPerComplaint);
  });
});
