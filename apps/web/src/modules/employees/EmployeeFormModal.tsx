import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { EmployeeDetail } from '@sigap/contracts';
import { EMPLOYMENT_TYPES, type EmploymentType, PNS_GOLONGAN, PPPK_GOLONGAN } from '@sigap/rules';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { groupNip } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { positionKindLabel, usePositions } from '../positions/positions.api.ts';
import { buildUnitTree, unitOptions } from '../units/unit-tree.ts';
import { useUnits } from '../units/units.api.ts';
import { type UpdateEmployeeInput, useCreateEmployee, useUpdateEmployee } from './employees.api.ts';
import { RaterSelect } from './RaterSelect.tsx';

export type EmployeeFormTarget = { mode: 'create' } | { mode: 'edit'; employee: EmployeeDetail };

interface EmployeeFormModalProps {
  target: EmployeeFormTarget | null;
  onClose: () => void;
}

/** "Tambah pegawai" and "Ubah data pegawai": one form, the NIP and first rater only when adding. */
export function EmployeeFormModal({ target, onClose }: EmployeeFormModalProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('employeeForm.editTitle') : t('employeeForm.createTitle')}
      size="lg"
      fullScreen={isPhone}
    >
      {target ? (
        <EmployeeForm
          key={target.mode === 'edit' ? target.employee.id : 'new'}
          target={target}
          onClose={onClose}
        />
      ) : null}
    </AppModal>
  );
}

export const golonganOptions = (type: EmploymentType | null): readonly string[] =>
  type === null ? [] : type === 'PNS' ? PNS_GOLONGAN : PPPK_GOLONGAN;

/** The client's NIP check (the server still checks the date parts): a message key or null. */
export function nipProblem(raw: string): { key: string; count?: number } | null {
  const nip = raw.replace(/\s+/g, '');
  if (!nip) return { key: 'employeeForm.nipRequired' };
  if (/\D/.test(nip)) return { key: 'employeeForm.nipDigitsOnly' };
  if (nip.length !== 18) return { key: 'employeeForm.nipLength', count: nip.length };
  return null;
}

type Status = 'ACTIVE' | 'INACTIVE';

interface Values {
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  employmentType: EmploymentType | null;
  golongan: string | null;
  unitId: string | null;
  positionId: string | null;
  rater: string | null;
  status: Status;
}

/** Server errors that belong to one field (shown next to it rather than above the form). */
function fieldOf(error: unknown): keyof Values | null {
  if (!isApiError(error)) return null;
  if (error.code.startsWith('NIP_')) return 'nip';
  if (error.code === 'GOLONGAN_INVALID') return 'golongan';
  return null;
}

function EmployeeForm({ target, onClose }: { target: EmployeeFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployee();
  const update = useUpdateEmployee(target.mode === 'edit' ? target.employee.id : '');
  const mutation = target.mode === 'edit' ? update : create;
  const e = target.mode === 'edit' ? target.employee : null;
  const [confirming, setConfirming] = useState<UpdateEmployeeInput | null>(null);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      nip: '',
      name: e?.name ?? '',
      frontTitle: e?.frontTitle ?? '',
      backTitle: e?.backTitle ?? '',
      employmentType: e?.employmentType ?? null,
      golongan: e?.golongan ?? null,
      unitId: e?.unitId ?? null,
      positionId: e?.positionId ?? null,
      rater: null,
      status: e?.status ?? 'ACTIVE',
    },
    validate: {
      nip: (value) => {
        if (target.mode === 'edit') return null;
        const problem = nipProblem(value);
        if (!problem) return null;
        return problem.count === undefined ? t(problem.key) : t(problem.key, { count: problem.count });
      },
      name: (value) => (value.trim().length >= 2 ? null : t('employeeForm.nameRequired')),
      employmentType: (value) => (value ? null : t('employeeForm.typeRequired')),
      golongan: (value) => (value ? null : t('employeeForm.golonganRequired')),
      unitId: (value) => (value ? null : t('employeeForm.unitRequired')),
      positionId: (value) => (value ? null : t('employeeForm.positionRequired')),
    },
  });

  const units = useUnits();
  const unitData = useMemo(() => {
    const tree = buildUnitTree(units.data?.items ?? []);
    // Only units this person administers (the server refuses the others).
    return unitOptions(tree, { activeOnly: true }).filter(
      (option) => tree.byId.get(option.value)?.abilities.includes('update') ?? false,
    );
  }, [units.data]);
  const unitId = form.values.unitId;
  const positions = usePositions(unitId);
  const positionData = (positions.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const positionById = new Map((positions.data ?? []).map((p) => [p.id, p]));
  const noPositions = unitId !== null && positions.data !== undefined && positions.data.length === 0;

  const golongan = golonganOptions(form.values.employmentType).map((g) => ({ value: g, label: g }));
  const changeType = (next: string | null) => {
    const type = next as EmploymentType | null;
    form.setFieldValue('employmentType', type);
    if (!golonganOptions(type).includes(form.values.golongan ?? '')) form.setFieldValue('golongan', null);
  };
  const changeUnit = (next: string | null) => {
    form.setFieldValue('unitId', next);
    if (next !== unitId) form.setFieldValue('positionId', null);
  };

  const onError = (error: Error) => {
    const field = fieldOf(error);
    if (field) form.setFieldError(field, errorMessage(t, error));
  };

  const save = (patch: UpdateEmployeeInput) => {
    if (!e) return;
    update.mutate(patch, {
      onSuccess: (detail) => {
        notify.success(t('employeeForm.updated', { name: detail.fullName }));
        onClose();
      },
      onError: (error) => {
        setConfirming(null);
        onError(error);
      },
    });
  };

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const frontTitle = values.frontTitle.trim() || null;
    const backTitle = values.backTitle.trim() || null;
    const employmentType = values.employmentType as EmploymentType;
    const golonganValue = values.golongan as string;
    const positionId = values.positionId as string;
    if (!e) {
      create.mutate(
        {
          nip: values.nip.replace(/\s+/g, ''),
          name,
          frontTitle,
          backTitle,
          employmentType,
          golongan: golonganValue,
          positionId,
          raterEmployeeId: values.rater,
        },
        {
          onSuccess: (detail) => {
            notify.success(t('employeeForm.created', { name: detail.fullName }));
            onClose();
            navigate(`/pegawai/${detail.id}`);
          },
          onError,
        },
      );
      return;
    }
    const patch: UpdateEmployeeInput = {};
    if (name !== e.name) patch.name = name;
    if (frontTitle !== (e.frontTitle || null)) patch.frontTitle = frontTitle;
    if (backTitle !== (e.backTitle || null)) patch.backTitle = backTitle;
    if (employmentType !== e.employmentType) patch.employmentType = employmentType;
    if (golonganValue !== e.golongan) patch.golongan = golonganValue;
    if (positionId !== e.positionId) patch.positionId = positionId;
    if (values.status !== e.status) patch.status = values.status;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    if (patch.status === 'INACTIVE') {
      update.reset();
      setConfirming(patch);
      return;
    }
    save(patch);
  });

  const fieldError = fieldOf(mutation.error) !== null;

  if (confirming && e) {
    return (
      <Stack gap="md">
        <Text fw={700}>{t('employeeForm.deactivateTitle')}</Text>
        <Text>{t('employeeForm.deactivateBody', { name: e.fullName })}</Text>
        {update.error ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirming(null)} disabled={update.isPending}>
            {t('employeeForm.back')}
          </Button>
          <Button color="red" onClick={() => save(confirming)} loading={update.isPending} data-autofocus>
            {t('employeeForm.deactivateConfirm')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {mutation.error && !fieldError ? <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert> : null}
        {e ? (
          <Text size="sm">
            {t('employee.nip')}: <span className="sigap-nip">{groupNip(e.nip)}</span>
          </Text>
        ) : (
          <TextInput
            label={t('employee.nip')}
            description={t('employeeForm.nipHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={24}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-autofocus
            {...form.getInputProps('nip')}
          />
        )}
        <TextInput
          label={t('employee.name')}
          required
          data-autofocus={e ? true : undefined}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('employeeForm.frontTitle')}
            placeholder={t('employeeForm.frontTitlePlaceholder')}
            {...form.getInputProps('frontTitle')}
          />
          <TextInput
            label={t('employeeForm.backTitle')}
            placeholder={t('employeeForm.backTitlePlaceholder')}
            {...form.getInputProps('backTitle')}
          />
          <Select
            label={t('employee.employmentType')}
            data={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`employmentType.${type}`) }))}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('employmentType')}
            onChange={changeType}
          />
          <Select
            label={t('employee.golongan')}
            placeholder={form.values.employmentType ? undefined : t('employeeForm.golonganFirstType')}
            data={golongan}
            disabled={!form.values.employmentType}
            searchable
            required
            allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('golongan')}
          />
        </SimpleGrid>
        <Select
          label={t('employee.unit')}
          placeholder={units.isPending ? t('common.loading') : t('employeeForm.unitPlaceholder')}
          data={unitData}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('unitId')}
          onChange={changeUnit}
        />
        <Select
          label={t('employee.position')}
          placeholder={
            !unitId
              ? t('employeeForm.positionFirstUnit')
              : positions.isPending
                ? t('common.loading')
                : t('employeeForm.positionPlaceholder')
          }
          description={noPositions ? t('employeeForm.noPositions') : undefined}
          data={positionData}
          disabled={!unitId || noPositions}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
          renderOption={({ option }) => {
            const p = positionById.get(option.value);
            return (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                {p ? (
                  <Text size="xs" c="dimmed">
                    {positionKindLabel(t, p.kind, p.level)}
                    {p.isUnitHead ? ` · ${t('positions.unitHead')}` : ''}
                  </Text>
                ) : null}
              </Stack>
            );
          }}
          {...form.getInputProps('positionId')}
        />
        {e ? (
          <Radio.Group label={t('employees.status')} required {...form.getInputProps('status')}>
            <Group gap="lg" mt={6}>
              <Radio value="ACTIVE" label={t('status.ACTIVE')} />
              <Radio value="INACTIVE" label={t('status.INACTIVE')} />
            </Group>
          </Radio.Group>
        ) : (
          <RaterSelect
            value={form.values.rater}
            onChange={(value) => form.setFieldValue('rater', value)}
            label={t('employeeForm.rater')}
            description={t('employeeForm.raterHint')}
            required={false}
            withHeadOfRegion={false}
            autoFocus={false}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {e ? t('common.save') : t('employeeForm.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
