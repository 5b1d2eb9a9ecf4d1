import { Button, Card, Checkbox, Group, SimpleGrid, TextInput } from '@mantine/core';
import { IconBuildingStore, IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { PopulationModal } from '../modules/voice/PopulationModal.tsx';
import { ServiceTypeModal } from '../modules/voice/ServiceTypeModal.tsx';
import { type ServiceUnitAction, ServiceUnitCard } from '../modules/voice/ServiceUnitCard.tsx';
import { ServiceUnitFormModal, type ServiceUnitFormTarget } from '../modules/voice/ServiceUnitFormModal.tsx';
import { ShareSurveyModal } from '../modules/voice/ShareSurveyModal.tsx';
import { periodKey, quarterOf } from '../modules/voice/survey-period.ts';
import { VisitCodesModal } from '../modules/voice/VisitCodesModal.tsx';
import { VoiceSettingsModal } from '../modules/voice/VoiceSettingsModal.tsx';
import { type ServiceUnitItem, useServiceUnits } from '../modules/voice/voice.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import '../modules/voice/voice.css';

type Dialog = { action: Exclude<ServiceUnitAction, 'edit'>; unit: ServiceUnitItem } | null;

/** /layanan: the agency's service units (unit layanan), their service types and how citizens reach the survey. */
export default function ServiceUnitsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const canSettings = useAbility('voice.settings');
  const list = useServiceUnits();
  const today = todayIn(me.agency.timezone);
  const [form, setForm] = useState<ServiceUnitFormTarget | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);

  const items = list.data?.items ?? [];
  const canCreate = list.data?.abilities.includes('create') ?? false;
  const inactiveCount = items.filter((u) => !u.active).length;
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('id-ID');
    return items.filter(
      (unit) =>
        (showInactive || unit.active) &&
        (!needle ||
          unit.name.toLocaleLowerCase('id-ID').includes(needle) ||
          unit.unitName.toLocaleLowerCase('id-ID').includes(needle)),
    );
  }, [items, search, showInactive]);

  const onAction = (action: ServiceUnitAction, unit: ServiceUnitItem) => {
    if (action === 'edit') setForm({ mode: 'edit', unit });
    else setDialog({ action, unit });
  };
  const dialogUnit = (action: ServiceUnitAction) => (dialog?.action === action ? dialog.unit : null);
  const closeDialog = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t('voice.units.title')}
        description={t('voice.units.intro')}
        actions={
          canSettings || canCreate ? (
            <>
              {canSettings ? (
                <Button
                  variant="default"
                  leftSection={<IconSettings size={18} aria-hidden />}
                  onClick={() => setSettingsOpen(true)}
                >
                  {t('voice.settings.open')}
                </Button>
              ) : null}
              {canCreate ? (
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setForm({ mode: 'create' })}
                >
                  {t('voice.units.add')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />

      {list.isPending ? <LoadingState label={t('voice.units.loading')} /> : null}
      {list.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, list.error)}</ErrorAlert>
      ) : null}

      {list.data && items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            title={t('voice.units.empty')}
            description={canCreate ? t('voice.units.emptyHint') : t('voice.units.emptyHintReader')}
            icon={<IconBuildingStore aria-hidden />}
            action={
              canCreate ? (
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setForm({ mode: 'create' })}
                >
                  {t('voice.units.add')}
                </Button>
              ) : null
            }
          />
        </Card>
      ) : null}

      {items.length > 0 ? (
        <>
          <Group gap="md" align="flex-end" mb="md" wrap="wrap">
            <TextInput
              label={t('voice.units.search')}
              placeholder={t('voice.units.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              type="search"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              style={{ flex: '1 1 260px', maxWidth: 420 }}
            />
            {inactiveCount > 0 ? (
              <Checkbox
                label={t('voice.units.showInactive', { formatted: formatNumber(inactiveCount) })}
                checked={showInactive}
                onChange={(event) => setShowInactive(event.currentTarget.checked)}
                mb={8}
              />
            ) : null}
          </Group>
          {shown.length === 0 ? (
            <Card withBorder radius="md" padding="md">
              <EmptyResult title={t('voice.units.noMatch')} />
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md" aria-live="polite">
              {shown.map((unit) => (
                <ServiceUnitCard key={unit.id} unit={unit} onAction={onAction} />
              ))}
            </SimpleGrid>
          )}
        </>
      ) : null}

      <ServiceUnitFormModal target={form} onClose={() => setForm(null)} />
      <ServiceTypeModal unit={dialogUnit('addType')} onClose={closeDialog} />
      <PopulationModal
        unit={dialogUnit('population')}
        period={periodKey(quarterOf(today))}
        today={today}
        onClose={closeDialog}
      />
      <VisitCodesModal
        unit={dialogUnit('visitCodes')}
        agencyName={me.agency.name}
        timeZone={me.agency.timezone}
        onClose={closeDialog}
      />
      <ShareSurveyModal unit={dialogUnit('share')} onClose={closeDialog} />
      {canSettings ? (
        <VoiceSettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
      ) : null}
    </>
  );
}
