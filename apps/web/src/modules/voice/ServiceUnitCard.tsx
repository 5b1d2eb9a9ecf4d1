import { Badge, Button, Card, Group, List, Menu, Stack, Text, Title } from '@mantine/core';
import {
  IconCategoryPlus,
  IconChartBar,
  IconChevronDown,
  IconPencil,
  IconShare,
  IconTicket,
  IconUsers,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import type { ServiceUnitItem } from './voice.api.ts';

export type ServiceUnitAction = 'edit' | 'addType' | 'population' | 'visitCodes' | 'share';

interface ServiceUnitCardProps {
  unit: ServiceUnitItem;
  onAction: (action: ServiceUnitAction, unit: ServiceUnitItem) => void;
}

/** One service unit: its org unit, flags, service types with their resolution times, and what can be done. */
export function ServiceUnitCard({ unit, onAction }: ServiceUnitCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const can = (ability: string) => unit.abilities.includes(ability);
  const manage = can('update') || can('addType') || can('population') || can('visitCodes');

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      style={{ opacity: unit.active ? 1 : 0.75 }}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {unit.name}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {unit.unitName}
            </Text>
          </Stack>
          <Badge color={unit.active ? 'green' : 'gray'} variant="light" radius="sm">
            {unit.active ? t('voice.units.active') : t('voice.units.inactive')}
          </Badge>
        </Group>

        <Group gap="xs">
          <Badge color={unit.visitCodeRequired ? 'blue' : 'gray'} variant="outline" radius="sm">
            {unit.visitCodeRequired ? t('voice.units.visitCodeRequired') : t('voice.units.visitCodeOptional')}
          </Badge>
        </Group>

        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('voice.units.types', { count: unit.types.length, formatted: formatNumber(unit.types.length) })}
          </Text>
          {unit.types.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('voice.units.noTypes')}
            </Text>
          ) : (
            <List size="sm" spacing={2} listStyleType="disc" withPadding>
              {unit.types.map((type) => (
                <List.Item key={type.id}>
                  <span style={{ opacity: type.active ? 1 : 0.6 }}>{type.name}</span>{' '}
                  <Text span size="sm" c="dimmed">
                    · {t('voice.units.sla', { count: type.resolutionDays })}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>

        <Group gap="xs" mt="auto" pt="xs" wrap="wrap">
          {can('results') ? (
            <Button
              component={Link}
              to={`/layanan/${unit.id}/skm`}
              size="sm"
              leftSection={<IconChartBar size={16} aria-hidden />}
              aria-label={t('voice.units.resultsNamed', { name: unit.name })}
            >
              {t('voice.units.results')}
            </Button>
          ) : null}
          <Button
            variant="default"
            size="sm"
            leftSection={<IconShare size={16} aria-hidden />}
            onClick={() => onAction('share', unit)}
            aria-label={t('voice.units.shareNamed', { name: unit.name })}
          >
            {t('voice.units.share')}
          </Button>
          {manage ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  variant="default"
                  size="sm"
                  rightSection={<IconChevronDown size={16} aria-hidden />}
                  aria-label={t('voice.units.manageNamed', { name: unit.name })}
                >
                  {t('voice.units.manage')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {can('update') ? (
                  <Menu.Item
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() => onAction('edit', unit)}
                  >
                    {t('voice.units.edit')}
                  </Menu.Item>
                ) : null}
                {can('addType') ? (
                  <Menu.Item
                    leftSection={<IconCategoryPlus size={16} aria-hidden />}
                    onClick={() => onAction('addType', unit)}
                  >
                    {t('voice.units.addType')}
                  </Menu.Item>
                ) : null}
                {can('population') ? (
                  <Menu.Item
                    leftSection={<IconUsers size={16} aria-hidden />}
                    onClick={() => onAction('population', unit)}
                  >
                    {t('voice.units.population')}
                  </Menu.Item>
                ) : null}
                {can('visitCodes') ? (
                  <Menu.Item
                    leftSection={<IconTicket size={16} aria-hidden />}
                    onClick={() => onAction('visitCodes', unit)}
                  >
                    {t('voice.units.visitCodes')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
