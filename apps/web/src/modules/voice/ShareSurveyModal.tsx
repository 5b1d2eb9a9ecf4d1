import { ActionIcon, Button, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconQrcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/AppModal.tsx';
import { absoluteUrl, posterUrl, type ServiceUnitItem } from './voice.api.ts';

interface ShareSurveyModalProps {
  unit: ServiceUnitItem | null;
  onClose: () => void;
}

/** How citizens reach the survey: the link, the kiosk page for a tablet at the counter, the QR poster. */
export function ShareSurveyModal({ unit, onClose }: ShareSurveyModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unit !== null} onClose={onClose} title={t('voice.share.title')} size="lg">
      {unit ? (
        <Stack gap="lg">
          <Text size="sm">
            {t('voice.typeForm.serviceUnit')}: <strong>{unit.name}</strong>
          </Text>
          <LinkField
            label={t('voice.share.surveyLink')}
            description={t('voice.share.surveyHint')}
            url={absoluteUrl(unit.surveyPath)}
          />
          <LinkField
            label={t('voice.share.kioskLink')}
            description={t('voice.share.kioskHint')}
            url={absoluteUrl(unit.kioskPath)}
          />
          {unit.abilities.includes('results') ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('voice.share.poster')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('voice.share.posterHint')}
              </Text>
              <Group>
                <Button
                  component="a"
                  href={posterUrl(unit.id)}
                  download="poster-survei.pdf"
                  variant="default"
                  leftSection={<IconQrcode size={18} aria-hidden />}
                >
                  {t('voice.share.posterDownload')}
                </Button>
              </Group>
            </Stack>
          ) : null}
          {unit.visitCodeRequired ? (
            <Text size="sm" c="dimmed">
              {t('voice.share.visitCodeNote')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}

/** A read-only address with copy and open buttons. */
export function LinkField({ label, description, url }: { label: string; description: string; url: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={description}
      value={url}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      rightSectionWidth={72}
      rightSection={
        <Group gap={2} wrap="nowrap">
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'green' : 'gray'}
                  onClick={copy}
                  aria-label={copied ? t('common.copied') : t('voice.share.copyNamed', { name: label })}
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
          <Tooltip label={t('voice.share.open')} withArrow>
            <ActionIcon
              component="a"
              href={url}
              target="_blank"
              rel="noopener"
              variant="subtle"
              color="gray"
              aria-label={t('voice.share.openNamed', { name: label })}
            >
              <IconExternalLink size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      }
    />
  );
}
