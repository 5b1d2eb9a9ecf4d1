import type { UnitKind } from '@sigap/rules';

/** The organisation chart of the fictional Kota Sukamaju (Perda-style SOTK). */
export interface UnitTemplate {
  code: string;
  name: string;
  kind: UnitKind;
  head: string | null; // position name of the unit head; null = no structural head
  headKind: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | null;
  /** Relative weight of staff placed in this unit. */
  staffWeight: number;
  /** Functional positions typical of the unit (JF). */
  functional?: { name: string; level: string }[];
  children?: UnitTemplate[];
}

const teacher = [
  { name: 'Guru Ahli Pertama', level: 'AHLI_PERTAMA' },
  { name: 'Guru Ahli Muda', level: 'AHLI_MUDA' },
  { name: 'Guru Ahli Madya', level: 'AHLI_MADYA' },
];
const health = [
  { name: 'Dokter Ahli Pertama', level: 'AHLI_PERTAMA' },
  { name: 'Dokter Ahli Muda', level: 'AHLI_MUDA' },
  { name: 'Perawat Terampil', level: 'TERAMPIL' },
  { name: 'Perawat Mahir', level: 'MAHIR' },
  { name: 'Bidan Terampil', level: 'TERAMPIL' },
  { name: 'Nutrisionis Ahli Pertama', level: 'AHLI_PERTAMA' },
];
const office = [
  { name: 'Analis Kebijakan Ahli Muda', level: 'AHLI_MUDA' },
  { name: 'Perencana Ahli Pertama', level: 'AHLI_PERTAMA' },
  { name: 'Analis SDM Aparatur Ahli Pertama', level: 'AHLI_PERTAMA' },
  { name: 'Pranata Komputer Terampil', level: 'TERAMPIL' },
  { name: 'Arsiparis Terampil', level: 'TERAMPIL' },
];

function dinas(
  code: string,
  name: string,
  kind: 'DINAS' | 'BADAN' | 'SATUAN',
  bidang: string[],
  extra: UnitTemplate[] = [],
  functional = office,
): UnitTemplate {
  const headTitle = kind === 'BADAN' ? 'Kepala Badan' : kind === 'SATUAN' ? 'Kepala Satuan' : 'Kepala Dinas';
  return {
    code,
    name,
    kind,
    head: `${headTitle} ${name.replace(/^(Dinas|Badan|Satuan)\s+/, '')}`,
    headKind: 'JPT',
    staffWeight: 4,
    functional,
    children: [
      {
        code: `${code}.SEK`,
        name: `Sekretariat ${name}`,
        kind: 'SEKRETARIAT',
        head: `Sekretaris ${name}`,
        headKind: 'ADMINISTRATOR',
        staffWeight: 3,
        functional: office,
        children: [
          {
            code: `${code}.SEK.UK`,
            name: `Subbagian Umum dan Kepegawaian ${name}`,
            kind: 'SUBBAGIAN',
            head: `Kepala Subbagian Umum dan Kepegawaian ${name}`,
            headKind: 'PENGAWAS',
            staffWeight: 3,
          },
          {
            code: `${code}.SEK.KEU`,
            name: `Subbagian Keuangan ${name}`,
            kind: 'SUBBAGIAN',
            head: `Kepala Subbagian Keuangan ${name}`,
            headKind: 'PENGAWAS',
            staffWeight: 2,
          },
        ],
      },
      ...bidang.map((b, i) => ({
        code: `${code}.B${i + 1}`,
        name: `Bidang ${b}`,
        kind: 'BIDANG' as const,
        head: `Kepala Bidang ${b}`,
        headKind: 'ADMINISTRATOR' as const,
        staffWeight: 2,
        functional,
        children: [
          {
            code: `${code}.B${i + 1}.S1`,
            name: `Seksi ${b} I`,
            kind: 'SEKSI' as const,
            head: `Kepala Seksi ${b} I`,
            headKind: 'PENGAWAS' as const,
            staffWeight: 2,
          },
          {
            code: `${code}.B${i + 1}.S2`,
            name: `Seksi ${b} II`,
            kind: 'SEKSI' as const,
            head: `Kepala Seksi ${b} II`,
            headKind: 'PENGAWAS' as const,
            staffWeight: 2,
          },
        ],
      })),
      ...extra,
    ],
  };
}

const schools: UnitTemplate[] = Array.from({ length: 16 }, (_, i) => {
  const smp = i >= 11;
  const n = smp ? i - 10 : i + 1;
  return {
    code: `DISDIK.${smp ? 'SMP' : 'SD'}${n}`,
    name: `UPT ${smp ? 'SMP' : 'SD'} Negeri ${n} Sukamaju`,
    kind: 'UPT' as const,
    head: `Kepala UPT ${smp ? 'SMP' : 'SD'} Negeri ${n}`,
    headKind: 'PENGAWAS' as const,
    staffWeight: 12,
    functional: teacher,
  };
});

const puskesmas: UnitTemplate[] = [
  'Sukamaju',
  'Mekarsari',
  'Cibeureum',
  'Tegalrejo',
  'Karanganyar',
  'Sidomulyo',
  'Margahayu',
].map((p, i) => ({
  code: `DINKES.PKM${i + 1}`,
  name: `UPT Puskesmas ${p}`,
  kind: 'PUSKESMAS' as const,
  head: `Kepala UPT Puskesmas ${p}`,
  headKind: 'PENGAWAS' as const,
  staffWeight: 10,
  functional: health,
}));

const kecamatan: UnitTemplate[] = [
  { name: 'Sukamaju Utara', kel: ['Cempaka', 'Melati', 'Kenanga', 'Anggrek'] },
  { name: 'Sukamaju Selatan', kel: ['Mawar', 'Dahlia', 'Teratai'] },
  { name: 'Sukamaju Timur', kel: ['Flamboyan', 'Bougenville', 'Kamboja', 'Sakura', 'Tulip'] },
  { name: 'Sukamaju Barat', kel: ['Seroja', 'Asoka', 'Nusa Indah', 'Wijaya Kusuma'] },
].map((k, ki) => ({
  code: `KEC${ki + 1}`,
  name: `Kecamatan ${k.name}`,
  kind: 'KECAMATAN' as const,
  head: `Camat ${k.name}`,
  headKind: 'ADMINISTRATOR' as const,
  staffWeight: 4,
  children: [
    {
      code: `KEC${ki + 1}.SEK`,
      name: `Sekretariat Kecamatan ${k.name}`,
      kind: 'SEKRETARIAT' as const,
      head: `Sekretaris Kecamatan ${k.name}`,
      headKind: 'PENGAWAS' as const,
      staffWeight: 2,
    },
    {
      code: `KEC${ki + 1}.PEM`,
      name: `Seksi Pemerintahan Kecamatan ${k.name}`,
      kind: 'SEKSI' as const,
      head: `Kepala Seksi Pemerintahan Kecamatan ${k.name}`,
      headKind: 'PENGAWAS' as const,
      staffWeight: 1,
    },
    ...k.kel.map((kel, i) => ({
      code: `KEC${ki + 1}.KEL${i + 1}`,
      name: `Kelurahan ${kel}`,
      kind: 'KELURAHAN' as const,
      head: `Lurah ${kel}`,
      headKind: 'PENGAWAS' as const,
      staffWeight: 2,
    })),
  ],
}));

const bagian = [
  'Tata Pemerintahan',
  'Hukum',
  'Organisasi',
  'Perekonomian dan Sumber Daya Alam',
  'Kesejahteraan Rakyat',
  'Umum',
  'Pengadaan Barang dan Jasa',
  'Protokol dan Komunikasi Pimpinan',
];

export const CITY_STRUCTURE: UnitTemplate[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    kind: 'SEKRETARIAT_DAERAH',
    head: 'Sekretaris Daerah',
    headKind: 'JPT',
    staffWeight: 2,
    functional: office,
    children: bagian.map((b, i) => ({
      code: `SETDA.BAG${i + 1}`,
      name: `Bagian ${b}`,
      kind: 'BAGIAN' as const,
      head: `Kepala Bagian ${b}`,
      headKind: 'ADMINISTRATOR' as const,
      staffWeight: 3,
      functional: office,
    })),
  },
  {
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    kind: 'SEKRETARIAT_DPRD',
    head: 'Sekretaris DPRD',
    headKind: 'JPT',
    staffWeight: 3,
    functional: office,
    children: ['Umum dan Keuangan', 'Persidangan dan Perundang-undangan'].map((b, i) => ({
      code: `SETWAN.B${i + 1}`,
      name: `Bagian ${b} Sekretariat DPRD`,
      kind: 'BAGIAN' as const,
      head: `Kepala Bagian ${b} Sekretariat DPRD`,
      headKind: 'ADMINISTRATOR' as const,
      staffWeight: 3,
    })),
  },
  {
    code: 'INSP',
    name: 'Inspektorat',
    kind: 'INSPEKTORAT',
    head: 'Inspektur',
    headKind: 'JPT',
    staffWeight: 3,
    functional: [
      { name: 'Auditor Ahli Pertama', level: 'AHLI_PERTAMA' },
      { name: 'Auditor Ahli Muda', level: 'AHLI_MUDA' },
      { name: 'Auditor Ahli Madya', level: 'AHLI_MADYA' },
    ],
    children: [
      {
        code: 'INSP.SEK',
        name: 'Sekretariat Inspektorat',
        kind: 'SEKRETARIAT',
        head: 'Sekretaris Inspektorat',
        headKind: 'ADMINISTRATOR',
        staffWeight: 2,
      },
    ],
  },
  dinas(
    'DISDIK',
    'Dinas Pendidikan',
    'DINAS',
    ['Pembinaan SD', 'Pembinaan SMP', 'Ketenagaan'],
    schools,
    teacher,
  ),
  dinas(
    'DINKES',
    'Dinas Kesehatan',
    'DINAS',
    ['Kesehatan Masyarakat', 'Pencegahan Penyakit', 'Pelayanan Kesehatan'],
    puskesmas,
    health,
  ),
  dinas('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DINAS', [
    'Bina Marga',
    'Sumber Daya Air',
    'Tata Ruang',
  ]),
  dinas('DPKP', 'Dinas Perumahan dan Kawasan Permukiman', 'DINAS', ['Perumahan', 'Kawasan Permukiman']),
  dinas('SATPOLPP', 'Satuan Polisi Pamong Praja', 'SATUAN', ['Penegakan Perda', 'Ketertiban Umum']),
  dinas('DINSOS', 'Dinas Sosial', 'DINAS', ['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial']),
  dinas('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'DINAS', [
    'Pelayanan Pendaftaran Penduduk',
    'Pelayanan Pencatatan Sipil',
  ]),
  dinas('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DINAS', [
    'Perizinan',
    'Penanaman Modal',
  ]),
  dinas('DISHUB', 'Dinas Perhubungan', 'DINAS', ['Lalu Lintas', 'Angkutan']),
  dinas('DLH', 'Dinas Lingkungan Hidup', 'DINAS', ['Persampahan', 'Pengendalian Pencemaran']),
  dinas('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'DINAS', [
    'Aplikasi Informatika',
    'Informasi dan Komunikasi Publik',
    'Statistik dan Persandian',
  ]),
  dinas('DISKOPUKM', 'Dinas Koperasi dan Usaha Mikro', 'DINAS', ['Koperasi', 'Usaha Mikro']),
  dinas('DISDAG', 'Dinas Perdagangan', 'DINAS', ['Pasar', 'Perdagangan']),
  dinas('DISPERTAN', 'Dinas Pertanian dan Pangan', 'DINAS', ['Pertanian', 'Ketahanan Pangan']),
  dinas('DISPORAPAR', 'Dinas Kepemudaan, Olahraga dan Pariwisata', 'DINAS', [
    'Kepemudaan dan Olahraga',
    'Pariwisata',
  ]),
  dinas('DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DINAS', [
    'Pemberdayaan Perempuan',
    'Perlindungan Anak',
  ]),
  dinas('DISARPUS', 'Dinas Kearsipan dan Perpustakaan', 'DINAS', ['Kearsipan', 'Perpustakaan']),
  dinas('DISNAKER', 'Dinas Tenaga Kerja', 'DINAS', ['Penempatan Tenaga Kerja', 'Hubungan Industrial']),
  dinas('BAPPEDA', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'BADAN', [
    'Perencanaan',
    'Riset dan Inovasi',
    'Pengendalian dan Evaluasi',
  ]),
  dinas('BPKPAD', 'Badan Pengelolaan Keuangan dan Pendapatan Daerah', 'BADAN', [
    'Anggaran',
    'Perbendaharaan',
    'Pendapatan',
    'Aset',
  ]),
  dinas('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BADAN', [
    'Mutasi dan Promosi',
    'Pengembangan Kompetensi',
    'Penilaian Kinerja',
  ]),
  dinas('KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'BADAN', [
    'Ideologi dan Wawasan Kebangsaan',
    'Politik Dalam Negeri',
  ]),
  dinas('BPBD', 'Badan Penanggulangan Bencana Daerah', 'BADAN', [
    'Pencegahan dan Kesiapsiagaan',
    'Kedaruratan dan Logistik',
  ]),
  ...kecamatan,
];
