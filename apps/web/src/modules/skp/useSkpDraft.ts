import type { SkpDetail } from '@sigap/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAutosave } from '../../lib/autosave.ts';
import { bodyOf, type Draft, draftOf, mergeIds, shapeOf } from './draft.ts';
import { saveSkpContent, skpKey } from './skp.api.ts';

/**
 * The editor's draft and its autosave (`useAutosave`): the whole content is PUT. Rows the server created
 * get their ids without touching what the person is typing. `save()` saves now (before submit).
 */
export function useSkpDraft(skp: SkpDetail) {
  const client = useQueryClient();
  const id = skp.id;
  const format = skp.format;
  const send = useCallback((draft: Draft) => saveSkpContent(id, bodyOf(draft, format)), [id, format]);
  const store = useCallback((saved: SkpDetail) => client.setQueryData(skpKey(id), saved), [client, id]);
  const { draft, update, save, state } = useAutosave(() => draftOf(skp), {
    send,
    store,
    prepare: shapeOf,
    merge: mergeIds,
  });
  return { draft, update, save, state };
}
