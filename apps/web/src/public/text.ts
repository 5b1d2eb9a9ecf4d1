/**
 * The citizens' pages' wording (Bahasa Indonesia): the common words, the API's errors, the survey and the
 * kiosk. A plain object rather than i18next: these pages must stay light on a low-end phone. The pages
 * loaded on their own route keep their words next to them (complaint/, officer/, transparency/text.ts),
 * so the survey entry does not carry them.
 */
export const text = {
  appName: 'Layanan Publik',
  skipToContent: 'Langsung ke isi halaman',
  footer: 'Layanan publik pemerintah daerah · Sigap',
  loading: 'Memuat…',
  required: 'wajib',
  optional: 'tidak wajib',
  choose: '— Pilih —',
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada. Periksa kembali tautan atau kode QR yang Anda pindai.',
  },
  errors: {
    NETWORK: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    RATE_LIMITED: 'Terlalu banyak pengiriman dari perangkat ini. Tunggu satu menit, lalu coba lagi.',
    NOT_FOUND: 'Data tidak ditemukan. Periksa kembali tautan atau kode yang Anda gunakan.',
    VALIDATION_FAILED: 'Ada isian yang tidak valid. Periksa kembali isian Anda.',
    SURVEY_INCOMPLETE: 'Jawab setidaknya satu pertanyaan survei.',
    VISIT_CODE_REQUIRED: 'Masukkan kode kunjungan yang tertera pada bukti layanan Anda.',
    VISIT_CODE_USED: 'Kode kunjungan ini sudah dipakai. Setiap kode hanya dapat dipakai satu kali.',
    VISIT_CODE_INVALID: 'Kode kunjungan tidak dikenal atau sudah kedaluwarsa. Periksa kembali kode Anda.',
    OFFICER_RATINGS_OFF: 'Penilaian petugas tidak dibuka oleh instansi ini.',
    CONFLICT: 'Isian ini sudah tercatat sebelumnya.',
    INTERNAL: 'Terjadi gangguan pada server. Coba lagi beberapa saat lagi.',
    UNKNOWN: 'Terjadi kesalahan. Coba lagi beberapa saat lagi.',
  } as Record<string, string>,
  survey: {
    kind: 'Survei Kepuasan Masyarakat',
    intro:
      'Bantu kami memperbaiki pelayanan. Survei ini anonim: nama Anda tidak ditanyakan. Mengisi survei hanya butuh sekitar 2 menit.',
    serviceType: 'Jenis layanan yang Anda terima',
    questionsTitle: 'Pendapat Anda tentang pelayanan',
    questionOf: (n: number, total: number) => `Pertanyaan ${n} dari ${total}`,
    progress: (answered: number, total: number) => `${answered} dari ${total} pertanyaan terjawab`,
    profileTitle: 'Tentang Anda',
    profileHint: 'Untuk pengolahan data survei saja. Boleh dikosongkan.',
    sex: 'Jenis kelamin',
    age: 'Umur (tahun)',
    ageInvalid: 'Umur harus berupa angka antara 10 dan 110.',
    education: 'Pendidikan terakhir',
    occupation: 'Pekerjaan utama',
    comment: 'Saran atau masukan',
    commentHint: 'Tuliskan saran Anda untuk perbaikan pelayanan.',
    visitCode: 'Kode kunjungan',
    visitCodeHint: 'Tertera pada bukti layanan atau karcis antrean Anda.',
    submit: 'Kirim jawaban',
    submitting: 'Mengirim…',
    unanswered: (numbers: number[]) =>
      numbers.length === 1
        ? `Pertanyaan nomor ${numbers[0]} belum dijawab.`
        : `Pertanyaan nomor ${numbers.join(', ')} belum dijawab.`,
    goToQuestion: 'Ke pertanyaan yang belum dijawab',
    notAnswered: 'Belum dijawab.',
    thanksTitle: 'Terima kasih!',
    thanksBody: 'Jawaban Anda sudah kami terima dan akan dipakai untuk memperbaiki pelayanan.',
    loadFailed: 'Survei tidak dapat dimuat.',
    retry: 'Coba lagi',
  },
  kiosk: {
    welcome: 'Bagaimana pelayanan kami hari ini?',
    welcomeHint: 'Sentuh tombol di bawah untuk mengisi survei singkat. Anonim, sekitar 1 menit.',
    start: 'Mulai survei',
    back: 'Kembali',
    next: 'Lanjut',
    skip: 'Lewati',
    profileTitle: 'Sedikit tentang Anda',
    send: 'Kirim',
    thanksTitle: 'Terima kasih!',
    thanksBody: 'Jawaban Anda sudah tersimpan.',
    restart: 'Layar akan kembali ke awal dalam beberapa detik.',
    pending: (n: number) => `${n} jawaban menunggu dikirim`,
    offline: 'Perangkat sedang luring — jawaban tetap tersimpan dan dikirim otomatis.',
  },
} as const;

/** The Indonesian message for an API error code (or a network failure). */
export function errorText(code: string): string {
  return text.errors[code] ?? text.errors.UNKNOWN ?? '';
}
