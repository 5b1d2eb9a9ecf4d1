/** An age typed by the citizen: null when empty, NaN unless a whole number in 10..110 (the API's range). */
export function parseAge(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const age = Number(trimmed);
  return Number.isInteger(age) && age >= 10 && age <= 110 ? age : Number.NaN;
}
