import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { EmployeeDetail } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupNip } from '../../lib/format.ts';

type RaterRef = NonNullable<EmployeeDetail['rater']>;

export function RaterCard({
  title,
  rater,
  headingId,
}: {
  title: string;
  rater: RaterRef | null;
  headingId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {rater === null ? (
        <Text c="dimmed">{t('rater.none')}</Text>
      ) : rater.kind === 'HEAD_OF_REGION' ? (
        <Stack gap={4}>
          <Text fw={600}>{rater.fullName}</Text>
          <Group gap={6}>
            <Badge variant="light" color="violet" radius="sm">
              {t('rater.headOfRegion')}
            </Badge>
          </Group>
        </Stack>
      ) : (
        <Stack gap={2}>
          <Anchor component={Link} to={`/pegawai/${rater.id}`} fw={600}>
            {rater.fullName}
          </Anchor>
          <Text size="sm" ff="monospace">
            {t('employee.nip')} {groupNip(rater.nip)}
          </Text>
          <Text size="sm">{rater.positionName}</Text>
          <Text size="sm" c="dimmed">
            {rater.unitName}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
