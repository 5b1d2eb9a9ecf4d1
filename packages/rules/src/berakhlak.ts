/**
 * BerAKHLAK: the seven ASN core values used as the behaviour criteria of the SKP (rules §3), each with its
 * three official guideline behaviours (panduan perilaku), worded as in Surat Edaran Menteri PANRB
 * No. 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding ASN. The text is fixed: the
 * *ekspektasi khusus pimpinan* per value is the free text, stored with the SKP.
 */
export const BERAKHLAK_CODES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakCode = (typeof BERAKHLAK_CODES)[number];

export interface BerakhlakValue {
  readonly code: BerakhlakCode;
  /** Indonesian name, e.g. "Berorientasi Pelayanan". */
  readonly name: string;
  /** The three official guideline behaviours, in their official order. */
  readonly behaviours: readonly [string, string, string];
}

/** Rules §3 (SE Menteri PANRB 20/2021): the seven core values in BERAKHLAK_CODES order. */
export const BERAKHLAK: readonly BerakhlakValue[] = [
  {
    code: 'BERORIENTASI_PELAYANAN',
    name: 'Berorientasi Pelayanan',
    behaviours: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    code: 'AKUNTABEL',
    name: 'Akuntabel',
    behaviours: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    code: 'KOMPETEN',
    name: 'Kompeten',
    behaviours: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    code: 'HARMONIS',
    name: 'Harmonis',
    behaviours: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    code: 'LOYAL',
    name: 'Loyal',
    behaviours: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    code: 'ADAPTIF',
    name: 'Adaptif',
    behaviours: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    code: 'KOLABORATIF',
    name: 'Kolaboratif',
    behaviours: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];

/** The core value with the given code. */
export function berakhlakValue(code: BerakhlakCode): BerakhlakValue {
  const value = BERAKHLAK.find((v) => v.code === code);
  if (!value) throw new RangeError(`Unknown BerAKHLAK code: ${code}`);
  return value;
}

/** Rules §3: the three free-text sections of the Lampiran SKP (annex). */
export const LAMPIRAN_SECTIONS = ['DUKUNGAN_SUMBER_DAYA', 'SKEMA_PERTANGGUNGJAWABAN', 'KONSEKUENSI'] as const;
export type LampiranSection = (typeof LAMPIRAN_SECTIONS)[number];
export const LAMPIRAN_SECTION_LABELS: Readonly<Record<LampiranSection, string>> = {
  DUKUNGAN_SUMBER_DAYA: 'Dukungan Sumber Daya',
  SKEMA_PERTANGGUNGJAWABAN: 'Skema Pertanggungjawaban',
  KONSEKUENSI: 'Konsekuensi',
};
