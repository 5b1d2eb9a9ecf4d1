import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DirectoryStorage, sniffFileType } from './storage.ts';

describe('file type sniffing', () => {
  it('recognises documents and images from their bytes', async () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n...'))?.mime).toBe('application/pdf');
    expect(
      sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.extension,
    ).toBe('png');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.extension).toBe('jpg');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x');
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffFileType(xlsx)?.extension).toBe('xlsx');
  });

  it('refuses executables and scripts whatever their name', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
    expect(sniffFileType(Buffer.from('\x7fELF\x02\x01\x01'))).toBeNull();
    expect(sniffFileType(Buffer.from('#!/bin/sh\nrm -rf /'))).toBeNull();
    expect(sniffFileType(Buffer.from('<html><script>'))).toBeNull();
    expect(sniffFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('payload.exe')]))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});

describe('directory storage', () => {
  it('writes atomically, reads back, deletes, and refuses keys that climb out', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'sigap-files-'));
    const storage = new DirectoryStorage(root);
    await storage.put('agency-1/file-1', Buffer.from('isi'));
    expect((await storage.get('agency-1/file-1'))?.toString()).toBe('isi');
    expect(await readdir(path.join(root, 'agency-1'))).toEqual(['file-1']);
    expect(await storage.get('agency-1/missing')).toBeNull();
    await storage.delete('agency-1/file-1');
    expect(await storage.get('agency-1/file-1')).toBeNull();
    await expect(storage.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow('invalid storage key');
    await expect(storage.get('a/../../b')).rejects.toThrow('invalid storage key');
  });
});
