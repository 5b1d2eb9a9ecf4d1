/** The wording of the officer rating page (Bahasa Indonesia), loaded with the page rather than with the survey entry. */
export const officerText = {
  title: 'Nilai Petugas Kami',
  intro: 'Penilaian Anda anonim dan membantu petugas memperbaiki pelayanannya.',
  code: 'Kode kunjungan',
  codeRequired: 'Masukkan kode kunjungan.',
  closed: 'Kode kunjungan ini sudah dipakai untuk menilai petugas atau sudah kedaluwarsa.',
  unavailable: 'Penilaian petugas tidak tersedia untuk kode kunjungan ini.',
  lookup: 'Lanjut',
  servedBy: 'Anda dilayani oleh',
  score: 'Nilai Anda untuk petugas',
  stars: (n: number) => `${n} bintang`,
  scoreLabels: ['Sangat buruk', 'Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  chooseScore: 'Pilih nilai 1 sampai 5 bintang.',
  comment: 'Komentar',
  submit: 'Kirim penilaian',
  thanksTitle: 'Terima kasih!',
  thanksBody: 'Penilaian Anda sudah kami terima.',
} as const;
