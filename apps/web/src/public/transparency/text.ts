/** The wording of the transparency page (Bahasa Indonesia), loaded with the page rather than with the survey entry. */
export const transparencyText = {
  title: 'Transparansi Pelayanan Publik',
  intro:
    'Hasil Survei Kepuasan Masyarakat (Indeks Kepuasan Masyarakat, IKM, skala 25–100) dan penanganan pengaduan setiap unit layanan.',
  year: 'Tahun',
  shown: (year: number) => `Data tahun ${year} ditampilkan.`,
  ikmCaption: (year: number) => `Indeks Kepuasan Masyarakat ${year}`,
  period: 'Periode',
  quarter: (q: number) => `Triwulan ${['I', 'II', 'III', 'IV'][q - 1] ?? q}`,
  quarterShort: (q: number) => `TW ${['I', 'II', 'III', 'IV'][q - 1] ?? q}`,
  annual: 'Setahun',
  ikm: 'IKM',
  grade: 'Mutu',
  respondents: 'Responden',
  complaints: 'Pengaduan',
  received: 'Diterima',
  published: 'Dijawab dan diterbitkan',
  sla: 'Selesai tepat waktu',
  noSla: 'belum ada yang jatuh tempo',
  suppressed: '—',
  withheld: 'tidak ditampilkan',
  suppressedNote: (n: number) =>
    n <= 1
      ? 'Tanda “—” berarti belum ada data untuk periode itu.'
      : `Tanda “—” berarti belum ada data, atau datanya kurang dari ${n} sehingga tidak ditampilkan: angka sekecil itu belum mewakili pengguna layanan dan dapat mengungkap siapa respondennya.`,
  grades: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' } as Record<string, string>,
  empty: 'Belum ada unit layanan yang menerbitkan data untuk tahun ini.',
  method: (weight: string) =>
    `IKM dihitung menurut Permenpan-RB No. 14 Tahun 2017 dengan bobot unsur ${weight}. Mutu: A (Sangat Baik) > 88,30; B (Baik) > 76,60; C (Kurang Baik) ≥ 65,00; D (Tidak Baik) < 65,00.`,
} as const;
