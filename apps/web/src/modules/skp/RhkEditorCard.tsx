import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import type { SkpFormat } from '@sigap/rules';
import {
  defaultDirection,
  IKI_ASPECTS,
  type IkiAspect,
  JPT_PERSPECTIVES,
  type SkpApproach,
  TARGET_DIRECTIONS,
  type TargetDirection,
} from '@sigap/rules';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftIndicator, type DraftRhk, fieldDomId } from './draft.ts';
import type { CascadeOptions } from './skp.api.ts';

export interface RhkActions {
  setRhk: (key: string, patch: Partial<DraftRhk>, field?: string) => void;
  setIndicator: (rhkKey: string, key: string, patch: Partial<DraftIndicator>, field?: string) => void;
  move: (key: string, direction: -1 | 1) => void;
  removeRhk: (key: string) => void;
  addIndicator: (rhkKey: string) => void;
  removeIndicator: (rhkKey: string, key: string) => void;
}

interface RhkEditorCardProps {
  rhk: DraftRhk;
  /** e.g. "RHK Utama 2". */
  name: string;
  format: SkpFormat;
  approach: SkpApproach;
  cascade: CascadeOptions | undefined;
  cascadeLoading: boolean;
  first: boolean;
  last: boolean;
  errors: Record<string, string>;
  actions: RhkActions;
}

/** One RHK of the editor: its text, its link to the superior's RHK (JA/JF) or assignment (JPT), its indicators. */
export const RhkEditorCard = memo(function RhkEditorCard(props: RhkEditorCardProps) {
  const { rhk, name, format, approach, cascade, cascadeLoading, first, last, errors, actions } = props;
  const { t } = useTranslation();
  const headingId = `${fieldDomId(rhk.key)}-title`;
  const err = (field: string) => errors[`${rhk.key}.${field}`];

  const cascadeAvailable = cascade?.status === 'AVAILABLE';
  const parentOptions = (() => {
    if (!cascade) return [];
    const groups = (['UTAMA', 'TAMBAHAN'] as const)
      .map((category) => ({
        group: t(`skp.category.${category}`),
        items: cascade.rhks
          .filter((r) => r.category === category)
          .map((r) => ({ value: r.id, label: r.text })),
      }))
      .filter((g) => g.items.length > 0);
    // A link to an RHK that is no longer in the superior's approved SKP stays visible (and is flagged on submit).
    if (rhk.parentRhkId && !cascade.rhks.some((r) => r.id === rhk.parentRhkId)) {
      groups.push({
        group: t('skp.editor.parentUnavailableGroup'),
        items: [{ value: rhk.parentRhkId, label: rhk.parentRhkText ?? rhk.parentRhkId }],
      });
    }
    return groups;
  })();

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      role="group"
      aria-labelledby={headingId}
      id={fieldDomId(rhk.key)}
      className="sigap-skp-rhk"
    >
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Title order={4} size="h5" id={headingId}>
          {name}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('skp.editor.moveUp')} withArrow>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('skp.editor.moveUpNamed', { name })}
              disabled={first}
              onClick={() => actions.move(rhk.key, -1)}
            >
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('skp.editor.moveDown')} withArrow>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('skp.editor.moveDownNamed', { name })}
              disabled={last}
              onClick={() => actions.move(rhk.key, 1)}
            >
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('skp.editor.removeRhk')} withArrow>
            <ActionIcon
              variant="default"
              color="red"
              size="lg"
              aria-label={t('skp.editor.removeRhkNamed', { name })}
              onClick={() => actions.removeRhk(rhk.key)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      <Stack gap="sm">
        <Textarea
          id={fieldDomId(`${rhk.key}.text`)}
          label={t('skp.editor.rhkText')}
          placeholder={t('skp.editor.rhkTextPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          value={rhk.text}
          error={err('text')}
          onChange={(event) => actions.setRhk(rhk.key, { text: event.currentTarget.value }, 'text')}
        />
        {format === 'JA_JF' ? (
          <Select
            id={fieldDomId(`${rhk.key}.parentRhkId`)}
            label={t('skp.col.parentRhk')}
            placeholder={
              cascadeLoading
                ? t('common.loading')
                : cascadeAvailable
                  ? t('skp.editor.parentPlaceholder')
                  : t('skp.editor.parentUnavailable')
            }
            data={parentOptions}
            value={rhk.parentRhkId}
            onChange={(value) => {
              const label = cascade?.rhks.find((r) => r.id === value)?.text ?? null;
              actions.setRhk(rhk.key, { parentRhkId: value, parentRhkText: label }, 'parentRhkId');
            }}
            disabled={!cascadeAvailable}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            error={err('parentRhkId')}
            comboboxProps={{ width: 'target' }}
            classNames={{ option: 'sigap-skp-option' }}
          />
        ) : (
          <TextInput
            id={fieldDomId(`${rhk.key}.penugasanDari`)}
            label={t('skp.editor.penugasanDari')}
            description={t('skp.editor.penugasanDariHint')}
            value={rhk.penugasanDari}
            maxLength={200}
            onChange={(event) =>
              actions.setRhk(rhk.key, { penugasanDari: event.currentTarget.value }, 'penugasanDari')
            }
          />
        )}

        <Stack gap="xs" mt={4}>
          <Text fw={600} size="sm" id={`${headingId}-iki`}>
            {t('skp.editor.indicators')}
          </Text>
          {err('indicators') ? (
            <Text size="sm" c="red.9" id={fieldDomId(`${rhk.key}.indicators`)} role="alert">
              {err('indicators')}
            </Text>
          ) : null}
          {rhk.indicators.map((indicator, index) => (
            <IndicatorEditor
              key={indicator.key}
              rhkKey={rhk.key}
              rhkName={name}
              indicator={indicator}
              index={index}
              format={format}
              approach={approach}
              errors={errors}
              actions={actions}
            />
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => actions.addIndicator(rhk.key)}
              aria-label={t('skp.editor.addIndicatorNamed', { name })}
            >
              {t('skp.editor.addIndicator')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
});

interface IndicatorEditorProps {
  rhkKey: string;
  rhkName: string;
  indicator: DraftIndicator;
  index: number;
  format: SkpFormat;
  approach: SkpApproach;
  errors: Record<string, string>;
  actions: RhkActions;
}

function IndicatorEditor({
  rhkKey,
  rhkName,
  indicator,
  index,
  format,
  approach,
  errors,
  actions,
}: IndicatorEditorProps) {
  const { t } = useTranslation();
  const base = `${rhkKey}.${indicator.key}`;
  const err = (field: string) => errors[`${base}.${field}`];
  const name = t('skp.editor.indicatorN', { n: index + 1 });
  const set = (patch: Partial<DraftIndicator>, field: string) =>
    actions.setIndicator(rhkKey, indicator.key, patch, field);
  return (
    <fieldset className="sigap-skp-indicator" aria-label={name} id={fieldDomId(base)}>
      <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
        <Text size="sm" fw={600} c="dimmed">
          {name}
        </Text>
        <Tooltip label={t('skp.editor.removeIndicator')} withArrow>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('skp.editor.removeIndicatorNamed', { n: index + 1, name: rhkName })}
            onClick={() => actions.removeIndicator(rhkKey, indicator.key)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4, lg: 3 }}>
          <Select
            id={fieldDomId(`${base}.aspect`)}
            label={t('skp.col.aspect')}
            data={IKI_ASPECTS.map((aspect) => ({ value: aspect, label: t(`skp.aspect.${aspect}`) }))}
            value={indicator.aspect}
            allowDeselect={false}
            onChange={(value) => {
              if (value)
                set(
                  { aspect: value as IkiAspect, direction: defaultDirection(value as IkiAspect) },
                  'aspect',
                );
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8, lg: 9 }}>
          <Textarea
            id={fieldDomId(`${base}.text`)}
            label={t('skp.editor.ikiText')}
            placeholder={t('skp.editor.ikiTextPlaceholder')}
            autosize
            minRows={1}
            maxRows={6}
            value={indicator.text}
            error={err('text')}
            onChange={(event) => set({ text: event.currentTarget.value }, 'text')}
          />
        </Grid.Col>
        {approach === 'KUANTITATIF' ? (
          <>
            <Grid.Col span={{ base: 6, sm: 4, lg: 3 }}>
              <NumberInput
                id={fieldDomId(`${base}.targetValue`)}
                label={t('skp.editor.targetValue')}
                value={indicator.targetValue}
                onChange={(value) => set({ targetValue: value }, 'targetValue')}
                decimalSeparator=","
                thousandSeparator="."
                allowedDecimalSeparators={[',']}
                allowNegative={false}
                min={0}
                hideControls
                inputMode="decimal"
                error={err('targetValue')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4, lg: 3 }}>
              <TextInput
                id={fieldDomId(`${base}.targetUnit`)}
                label={t('skp.editor.targetUnit')}
                placeholder={t('skp.editor.targetUnitPlaceholder')}
                value={indicator.targetUnit}
                maxLength={100}
                error={err('targetUnit')}
                onChange={(event) => set({ targetUnit: event.currentTarget.value }, 'targetUnit')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4, lg: 3 }}>
              <Select
                id={fieldDomId(`${base}.direction`)}
                label={t('skp.editor.direction')}
                data={TARGET_DIRECTIONS.map((d) => ({ value: d, label: t(`skp.direction.${d}`) }))}
                value={indicator.direction}
                allowDeselect={false}
                onChange={(value) => {
                  if (value) set({ direction: value as TargetDirection }, 'direction');
                }}
              />
            </Grid.Col>
          </>
        ) : (
          <Grid.Col span={{ base: 12, sm: format === 'JPT' ? 8 : 12, lg: format === 'JPT' ? 6 : 12 }}>
            <Textarea
              id={fieldDomId(`${base}.targetText`)}
              label={t('skp.editor.targetText')}
              placeholder={t('skp.editor.targetTextPlaceholder')}
              autosize
              minRows={2}
              maxRows={6}
              value={indicator.targetText}
              error={err('targetText')}
              onChange={(event) => set({ targetText: event.currentTarget.value }, 'targetText')}
            />
          </Grid.Col>
        )}
        {format === 'JPT' ? (
          <Grid.Col span={{ base: 12, sm: 4, lg: 6 }}>
            <Select
              id={fieldDomId(`${base}.perspective`)}
              label={t('skp.col.perspective')}
              placeholder={t('skp.editor.perspectivePlaceholder')}
              data={JPT_PERSPECTIVES.map((p) => ({ value: p, label: t(`skp.perspective.${p}`) }))}
              value={indicator.perspective}
              onChange={(value) => set({ perspective: value }, 'perspective')}
              error={err('perspective')}
              clearable
            />
          </Grid.Col>
        ) : null}
      </Grid>
    </fieldset>
  );
}
