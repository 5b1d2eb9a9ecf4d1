/** Column headers of the SIASN-style people file (import and export use the same ones). */
export const EMPLOYEE_COLUMNS = {
  nip: 'NIP',
  name: 'Nama',
  frontTitle: 'Gelar Depan',
  backTitle: 'Gelar Belakang',
  employmentType: 'Jenis Pegawai',
  golongan: 'Golongan',
  position: 'Jabatan',
  positionKind: 'Jenis Jabatan',
  positionLevel: 'Jenjang Jabatan',
  unit: 'Kode Unit',
  raterNip: 'NIP Atasan',
} as const;
