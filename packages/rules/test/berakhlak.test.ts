import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK,
  BERAKHLAK_CODES,
  berakhlakValue,
  LAMPIRAN_SECTION_LABELS,
  LAMPIRAN_SECTIONS,
} from '../src/berakhlak.ts';

describe('BerAKHLAK core values (rules §3, SE Menteri PANRB 20/2021)', () => {
  it('has the seven values, in code order, with unique codes', () => {
    expect(BERAKHLAK).toHaveLength(7);
    expect(BERAKHLAK.map((v) => v.code)).toEqual([...BERAKHLAK_CODES]);
    expect(new Set(BERAKHLAK_CODES).size).toBe(7);
    expect(BERAKHLAK.map((v) => v.name)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
  });

  it('gives each value three distinct, non-empty guideline behaviours', () => {
    for (const value of BERAKHLAK) {
      expect(value.behaviours).toHaveLength(3);
      expect(new Set(value.behaviours).size).toBe(3);
      for (const b of value.behaviours) expect(b.trim()).toBe(b);
      for (const b of value.behaviours) expect(b.length).toBeGreaterThan(0);
    }
  });

  it('pins the official wording', () => {
    expect(berakhlakValue('BERORIENTASI_PELAYANAN').behaviours).toEqual([
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ]);
    expect(berakhlakValue('AKUNTABEL').behaviours).toEqual([
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ]);
    expect(berakhlakValue('KOMPETEN').behaviours).toEqual([
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ]);
    expect(berakhlakValue('HARMONIS').behaviours).toEqual([
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ]);
    expect(berakhlakValue('LOYAL').behaviours).toEqual([
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ]);
    expect(berakhlakValue('ADAPTIF').behaviours).toEqual([
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ]);
    expect(berakhlakValue('KOLABORATIF').behaviours).toEqual([
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ]);
  });
});

describe('Lampiran SKP (rules §3)', () => {
  it('has three labelled sections', () => {
    expect(LAMPIRAN_SECTIONS.map((s) => LAMPIRAN_SECTION_LABELS[s])).toEqual([
      'Dukungan Sumber Daya',
      'Skema Pertanggungjawaban',
      'Konsekuensi',
    ]);
  });
});
