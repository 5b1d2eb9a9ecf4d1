import { describe, expect, it } from 'vitest';
import {
  COACHING_STATEMENT_CODES,
  COACHING_STATEMENTS,
  COMPETENCY_CODES,
  PEER_MIN_ANSWERS,
  peerInputVisible,
  scoreProblems,
} from '../src/index.ts';

describe('coaching', () => {
  it('has nine statements with unique codes, including the three named in the rules', () => {
    expect(COACHING_STATEMENTS).toHaveLength(9);
    expect(new Set(COACHING_STATEMENT_CODES).size).toBe(9);
    const texts = COACHING_STATEMENTS.map((s) => s.text).join(' ');
    expect(texts).toContain('didengarkan');
    expect(texts).toContain('bertanya daripada menggurui');
    expect(texts).toContain('apa yang harus saya lakukan selanjutnya');
  });

  it('checks scores: known codes, integers 1..5, all required when asked', () => {
    const all = Object.fromEntries(COACHING_STATEMENT_CODES.map((c) => [c, 4]));
    expect(scoreProblems(all, COACHING_STATEMENT_CODES, true)).toEqual([]);
    expect(scoreProblems({ ...all, DIDENGARKAN: 6 }, COACHING_STATEMENT_CODES, true)).toEqual([
      'Nilai DIDENGARKAN harus 1–5',
    ]);
    expect(scoreProblems({ ...all, DIDENGARKAN: 2.5 }, COACHING_STATEMENT_CODES, true)).toHaveLength(1);
    expect(scoreProblems({ X: 3 }, COMPETENCY_CODES, false)).toEqual(['Kode tidak dikenal: X']);
    expect(scoreProblems({ INTEGRITAS: 3 }, COMPETENCY_CODES, false)).toEqual([]);
    expect(scoreProblems({ INTEGRITAS: 3 }, COMPETENCY_CODES, true)).toHaveLength(
      COMPETENCY_CODES.length - 1,
    );
    expect(scoreProblems({}, COMPETENCY_CODES, false)).toEqual(['Belum ada nilai']);
  });

  it('reveals peer input only from three answers', () => {
    expect(PEER_MIN_ANSWERS).toBe(3);
    expect([0, 1, 2, 3, 10].map(peerInputVisible)).toEqual([false, false, false, true, true]);
  });
});
