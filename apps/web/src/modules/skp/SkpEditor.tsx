import { Alert, Anchor, Button, Group, Loader, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { SkpDetail } from '@sigap/contracts';
import {
  LAMPIRAN_SECTIONS,
  RHK_CATEGORIES,
  type RhkCategory,
  SKP_APPROACHES,
  type SkpApproach,
} from '@sigap/rules';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle, IconPlus, IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { useSession } from '../auth/session.ts';
import {
  type Draft,
  type DraftIndicator,
  type DraftRhk,
  type FieldProblem,
  fieldDomId,
  fieldOfPath,
  newIndicator,
  newRhk,
  shapeOf,
} from './draft.ts';
import { type RhkActions, RhkEditorCard } from './RhkEditorCard.tsx';
import { BehaviourList, SectionCard } from './SkpReadOnly.tsx';
import { type SkpProblem, useCascade, useSkpTransition } from './skp.api.ts';
import { useSkpDraft } from './useSkpDraft.ts';

const LETTER: Record<RhkCategory, string> = { UTAMA: 'A', TAMBAHAN: 'B' };

type Removal = { kind: 'rhk'; key: string; name: string } | { kind: 'iki'; rhkKey: string; key: string };

const hasText = (rhk: DraftRhk) =>
  rhk.text.trim() !== '' ||
  rhk.indicators.some(
    (i) => i.text.trim() !== '' || i.targetText.trim() !== '' || i.targetUnit.trim() !== '',
  );

/** The draft editor: results (RHK and indicators), behaviour expectations, lampiran; autosave; submit. */
export function SkpEditor({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const { draft, update, save, state } = useSkpDraft(skp);
  const cascade = useCascade(skp.id, skp.format === 'JA_JF');
  const submit = useSkpTransition(skp.id, 'submit');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [focusField, setFocusField] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  // The actions read the latest draft without being rebuilt on every keystroke.
  const draftRef = useRef(draft);
  draftRef.current = draft;

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(fieldDomId(focusField))?.focus();
    setFocusField(null);
  }, [focusField]);

  const clearError = useCallback((field: string | undefined) => {
    if (!field) return;
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const { actions, confirmRemoval } = useMemo(() => {
    const mapRhk = (key: string, change: (rhk: DraftRhk) => DraftRhk) =>
      update((d) => ({ ...d, rhks: d.rhks.map((r) => (r.key === key ? change(r) : r)) }));
    const mapIndicator = (rhkKey: string, key: string, change: (i: DraftIndicator) => DraftIndicator) =>
      mapRhk(rhkKey, (r) => ({ ...r, indicators: r.indicators.map((i) => (i.key === key ? change(i) : i)) }));
    const dropRhk = (key: string) => update((d) => ({ ...d, rhks: d.rhks.filter((r) => r.key !== key) }));
    const dropIndicator = (rhkKey: string, key: string) =>
      mapRhk(rhkKey, (r) => ({ ...r, indicators: r.indicators.filter((i) => i.key !== key) }));
    const rhkActions: RhkActions = {
      setRhk: (key, patch, field) => {
        mapRhk(key, (r) => ({ ...r, ...patch }));
        clearError(field ? `${key}.${field}` : undefined);
      },
      setIndicator: (rhkKey, key, patch, field) => {
        mapIndicator(rhkKey, key, (i) => ({ ...i, ...patch }));
        clearError(field ? `${rhkKey}.${key}.${field}` : undefined);
      },
      move: (key, direction) =>
        update((d) => {
          const from = d.rhks.findIndex((r) => r.key === key);
          const category = d.rhks[from]?.category;
          let to = from + direction;
          while (to >= 0 && to < d.rhks.length && d.rhks[to]?.category !== category) to += direction;
          if (from < 0 || to < 0 || to >= d.rhks.length) return d;
          const rhks = [...d.rhks];
          [rhks[from], rhks[to]] = [rhks[to] as DraftRhk, rhks[from] as DraftRhk];
          return { ...d, rhks };
        }),
      removeRhk: (key) => {
        const rhk = draftRef.current.rhks.find((r) => r.key === key);
        if (!rhk) return;
        if (hasText(rhk)) setRemoval({ kind: 'rhk', key, name: placeOf(t, draftRef.current, key) });
        else dropRhk(key);
      },
      addIndicator: (rhkKey) => {
        const indicator = newIndicator();
        mapRhk(rhkKey, (r) => ({ ...r, indicators: [...r.indicators, indicator] }));
        clearError(`${rhkKey}.indicators`);
        setFocusField(`${rhkKey}.${indicator.key}.aspect`);
      },
      removeIndicator: (rhkKey, key) => {
        const indicator = draftRef.current.rhks
          .find((r) => r.key === rhkKey)
          ?.indicators.find((i) => i.key === key);
        if (!indicator) return;
        if (indicator.text.trim() || indicator.targetText.trim()) setRemoval({ kind: 'iki', rhkKey, key });
        else dropIndicator(rhkKey, key);
      },
    };
    const confirm = (r: Removal) => (r.kind === 'rhk' ? dropRhk(r.key) : dropIndicator(r.rhkKey, r.key));
    return { actions: rhkActions, confirmRemoval: confirm };
  }, [update, clearError, t]);

  const addRhk = (category: RhkCategory) => {
    const rhk = newRhk(category);
    update((d) => {
      // After the last RHK of the same category (the order within a category is the printed order).
      let at = d.rhks.length;
      for (let i = d.rhks.length - 1; i >= 0; i -= 1) {
        if (d.rhks[i]?.category === category) {
          at = i + 1;
          break;
        }
      }
      const rhks = [...d.rhks];
      rhks.splice(at, 0, rhk);
      return { ...d, rhks };
    });
    clearError('rhks');
    setFocusField(`${rhk.key}.text`);
  };

  const onSubmit = async () => {
    setSubmitError(null);
    setProblems([]);
    const saved = await save();
    if (!saved) {
      setSubmitError(t('skp.editor.saveBeforeSubmitFailed'));
      return;
    }
    const sent = shapeOf(draftRef.current);
    submit.mutate(undefined, {
      onSuccess: (result) => {
        notify.success(t('skp.submitted', { name: result.rater.name }));
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'SKP_INVALID' && Array.isArray(error.details)) {
          const list = (error.details as SkpProblem[]).map((p) => ({
            ...p,
            field: fieldOfPath(p.path, sent),
          }));
          setProblems(list);
          setErrors(
            Object.fromEntries(
              list.map((p) => [p.field, problemText(t, p)]).filter(([field]) => field !== 'rater'),
            ),
          );
          requestAnimationFrame(() => {
            problemsRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
            problemsRef.current?.focus();
          });
        } else {
          setSubmitError(errorMessage(t, error));
        }
      },
    });
  };

  const setApproach = (approach: SkpApproach) => update((d) => ({ ...d, approach }));
  const setExpectation = (code: string, value: string) =>
    update((d) => ({ ...d, behaviourExpectations: { ...d.behaviourExpectations, [code]: value } }));
  const setLampiran = (code: string, value: string) =>
    update((d) => ({ ...d, lampiran: { ...d.lampiran, [code]: value } }));

  const cascadeData = cascade.data;

  return (
    <Stack gap="md" pb={4}>
      {problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1} style={{ outline: 'none' }}>
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={t('skp.editor.problemsTitle', { count: problems.length })}
            role="alert"
          >
            <Text size="sm" mb="xs">
              {t('skp.editor.problemsIntro')}
            </Text>
            <ul className="sigap-skp-problems">
              {problems.map((problem) => (
                <li key={`${problem.path}:${problem.code}`}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    onClick={() => jumpTo(problem.field)}
                  >
                    {placeOf(t, draft, problem.field)}
                  </Anchor>
                  <Text span size="sm">
                    {' '}
                    — {problemText(t, problem)}
                  </Text>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}

      <SectionCard
        id="skp-hasil-kerja"
        title={t('skp.results')}
        description={skp.format === 'JPT' ? t('skp.editor.resultsHintJpt') : t('skp.editor.resultsHint')}
      >
        <Stack gap="md">
          <Radio.Group
            label={t('skp.approachLabel')}
            value={draft.approach}
            onChange={(value) => setApproach(value as SkpApproach)}
          >
            <Group gap="lg" mt={6}>
              {SKP_APPROACHES.map((value) => (
                <Radio key={value} value={value} label={t(`skp.approach.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Text size="sm" c="dimmed" mt={-8}>
            {t(`skp.approachHint.${draft.approach}`)}
          </Text>

          {skp.format === 'JA_JF' ? <CascadeInfo cascade={cascade} /> : null}

          {RHK_CATEGORIES.map((category) => {
            const rhks = draft.rhks.filter((r) => r.category === category);
            return (
              <Stack key={category} gap="sm" component="section" aria-labelledby={`skp-group-${category}`}>
                <Title order={3} size="h5" id={`skp-group-${category}`} className="sigap-skp-group-title">
                  {LETTER[category]}. {t(`skp.category.${category}`)}
                </Title>
                {category === 'UTAMA' && errors.rhks ? (
                  <Text size="sm" c="red.9" id={fieldDomId('rhks')} tabIndex={-1}>
                    {errors.rhks}
                  </Text>
                ) : null}
                {rhks.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {category === 'UTAMA' ? t('skp.editor.noMainRhk') : t('skp.editor.noExtraRhk')}
                  </Text>
                ) : null}
                {rhks.map((rhk, index) => (
                  <RhkEditorCard
                    key={rhk.key}
                    rhk={rhk}
                    name={t('skp.editor.rhkName', { category: t(`skp.category.${category}`), n: index + 1 })}
                    format={skp.format}
                    approach={draft.approach}
                    cascade={cascadeData}
                    cascadeLoading={cascade.isPending && skp.format === 'JA_JF'}
                    first={index === 0}
                    last={index === rhks.length - 1}
                    errors={errors}
                    actions={actions}
                  />
                ))}
                <Group>
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={18} aria-hidden />}
                    onClick={() => addRhk(category)}
                  >
                    {t(`skp.editor.addRhk.${category}`)}
                  </Button>
                </Group>
              </Stack>
            );
          })}
        </Stack>
      </SectionCard>

      <SectionCard id="skp-perilaku" title={t('skp.behaviour')} description={t('skp.behaviourHint')}>
        <BehaviourList
          render={({ code, name }) => (
            <Textarea
              label={t('skp.behaviourExpectation')}
              aria-label={`${t('skp.behaviourExpectation')}: ${name}`}
              placeholder={t('skp.editor.expectationPlaceholder')}
              autosize
              minRows={2}
              maxRows={6}
              value={draft.behaviourExpectations[code] ?? ''}
              onChange={(event) => setExpectation(code, event.currentTarget.value)}
            />
          )}
        />
      </SectionCard>

      <SectionCard id="skp-lampiran" title={t('skp.lampiran')} description={t('skp.lampiranHint')}>
        <Stack gap="md">
          {LAMPIRAN_SECTIONS.map((section, index) => (
            <Textarea
              key={section}
              label={`${index + 1}. ${t(`skp.lampiranSection.${section}`)}`}
              description={t(`skp.lampiranHintSection.${section}`)}
              autosize
              minRows={3}
              maxRows={10}
              value={draft.lampiran[section] ?? ''}
              onChange={(event) => setLampiran(section, event.currentTarget.value)}
            />
          ))}
        </Stack>
      </SectionCard>

      <section className="sigap-savebar" aria-label={t('skp.editor.saveBarLabel')}>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <SaveStatus
            keyPrefix="skp.editor"
            state={state}
            timeZone={me.agency.timezone}
            onRetry={() => void save()}
          />
          <Group gap="sm">
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              onClick={() => void onSubmit()}
              loading={submit.isPending}
            >
              {t('skp.action.submit')}
            </Button>
          </Group>
        </Group>
        {submitError ? <ErrorAlert mt="sm">{submitError}</ErrorAlert> : null}
      </section>

      <ConfirmModal
        opened={removal !== null}
        title={
          removal?.kind === 'iki'
            ? t('skp.editor.confirmRemoveIkiTitle')
            : t('skp.editor.confirmRemoveRhkTitle')
        }
        confirmLabel={t('skp.editor.confirmRemove')}
        onClose={() => setRemoval(null)}
        onConfirm={() => {
          if (removal) confirmRemoval(removal);
          setRemoval(null);
        }}
      >
        <Text size="sm">
          {removal?.kind === 'rhk'
            ? t('skp.editor.confirmRemoveRhk', { name: removal.name })
            : t('skp.editor.confirmRemoveIki')}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

/** The superior's approved SKP this one cascades from, or why there is none yet and who must act. */
function CascadeInfo({ cascade }: { cascade: ReturnType<typeof useCascade> }) {
  const { t } = useTranslation();
  if (cascade.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('skp.editor.cascadeLoading')}
        </Text>
      </Group>
    );
  }
  if (cascade.isError) {
    return <ErrorAlert title={t('skp.editor.cascadeFailed')}>{errorMessage(t, cascade.error)}</ErrorAlert>;
  }
  const data = cascade.data;
  if (data.status === 'AVAILABLE') {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {data.message}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('skp.editor.cascadeUnavailableTitle')}
      role="status"
    >
      {data.message}
    </Alert>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** The problem in the current language (the server's Indonesian message when the code is unknown). */
function problemText(t: T, problem: SkpProblem): string {
  const last = problem.path.split('.').pop() ?? '';
  const key =
    problem.code === 'IKI_TARGET_REQUIRED'
      ? `skp.problem.IKI_TARGET_REQUIRED_${last}`
      : `skp.problem.${problem.code}`;
  return t(key, { defaultValue: problem.message });
}

/** "RHK Utama 2 · Indikator 1 · Target": where a problem is, in the draft as it is now. */
function placeOf(t: T, draft: Draft, field: string): string {
  if (field === 'rhks') return t('skp.results');
  if (field === 'rater') return t('skp.rater');
  const [rhkKey, second, third] = field.split('.');
  const rhk = draft.rhks.find((r) => r.key === rhkKey);
  if (!rhk) return t('skp.results');
  const n = draft.rhks.filter((r) => r.category === rhk.category).findIndex((r) => r.key === rhkKey) + 1;
  const parts = [t('skp.editor.rhkName', { category: t(`skp.category.${rhk.category}`), n })];
  const indicatorIndex = second ? rhk.indicators.findIndex((i) => i.key === second) : -1;
  if (indicatorIndex >= 0) {
    parts.push(t('skp.editor.indicatorN', { n: indicatorIndex + 1 }));
    if (third) parts.push(t(`skp.field.${third}`, { defaultValue: third }));
  } else if (second) {
    parts.push(t(`skp.field.${second}`, { defaultValue: second }));
  }
  return parts.join(' · ');
}

function jumpTo(field: string) {
  const element = document.getElementById(fieldDomId(field));
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
