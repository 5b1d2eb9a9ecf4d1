import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconBellOff, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { AppDrawer } from '../../ui/AppDrawer.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { useSession } from '../auth/session.ts';
import {
  type AppNotification,
  formatRelative,
  useLatestNotifications,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from './notifications.api.ts';

const PANEL_ID = 'sigap-notifikasi';

/**
 * The header's bell: the unread count, and the latest notifications in a popover (a drawer on a phone).
 * Opening one marks it read and goes to its page.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [opened, { close, toggle }] = useDisclosure(false);
  const latest = useLatestNotifications(true);
  const unread = latest.data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  const button = (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      disabled={unread === 0}
      size={18}
      offset={4}
      color="red"
      attributes={{ indicator: { 'aria-hidden': true } }}
    >
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        radius="md"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={opened}
        aria-controls={opened && !isPhone ? PANEL_ID : undefined}
        onClick={toggle}
      >
        <IconBell size={22} stroke={1.7} aria-hidden />
      </ActionIcon>
    </Indicator>
  );

  if (isPhone) {
    return (
      <>
        {button}
        <AppDrawer opened={opened} onClose={close} title={t('notifications.title')}>
          <NotificationPanel onDone={close} />
        </AppDrawer>
      </>
    );
  }
  return (
    <Popover
      opened={opened}
      onDismiss={close}
      withRoles={false}
      position="bottom-end"
      width={380}
      shadow="md"
      radius="md"
      trapFocus
      returnFocus
      withArrow
      arrowPosition="center"
    >
      <Popover.Target>{button}</Popover.Target>
      <Popover.Dropdown p={0} id={PANEL_ID} role="dialog" aria-label={t('notifications.title')}>
        <NotificationPanel onDone={close} />
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationPanel({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const me = useSession();
  const latest = useLatestNotifications(true);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const now = Date.now();
  const data = latest.data;

  const open = (item: AppNotification) => {
    if (!item.read) markRead.mutate(item.id, { onError: (error) => notify.error(errorMessage(t, error)) });
    onDone();
    if (item.link?.startsWith('/')) navigate(item.link);
  };

  const list = (
    <ul className="sigap-plain-list" aria-label={t('notifications.listLabel')}>
      {data?.items.map((item) => (
        <li key={item.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <UnstyledButton
            onClick={() => open(item)}
            w="100%"
            px="md"
            py="sm"
            style={{
              display: 'flex',
              gap: 10,
              alignItems: 'flex-start',
              background: item.read ? undefined : 'var(--mantine-color-blue-0)',
            }}
          >
            <span
              aria-hidden
              style={{
                flex: '0 0 auto',
                width: 8,
                height: 8,
                marginTop: 7,
                borderRadius: 999,
                background: item.read ? 'transparent' : 'var(--mantine-color-blue-6)',
              }}
            />
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={item.read ? 500 : 700} style={{ overflowWrap: 'anywhere' }}>
                {item.read ? null : (
                  <span className="sigap-visually-hidden">{t('notifications.unread')}: </span>
                )}
                {item.title}
              </Text>
              <Text size="sm" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                {item.body}
              </Text>
              <Text size="xs" c="dimmed">
                <time dateTime={item.createdAt} title={formatDateTime(item.createdAt, me.agency.timezone)}>
                  {formatRelative(item.createdAt, now, language)}
                </time>
              </Text>
            </Stack>
          </UnstyledButton>
        </li>
      ))}
    </ul>
  );

  return (
    <Stack gap={0}>
      <Group justify="space-between" gap="xs" px={isPhone ? 0 : 'md'} py="sm" wrap="nowrap">
        {isPhone ? (
          <Text size="sm" c="dimmed">
            {data ? t('notifications.unreadCount', { count: data.unread }) : null}
          </Text>
        ) : (
          <Text fw={700}>{t('notifications.title')}</Text>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconChecks size={16} aria-hidden />}
          onClick={() =>
            markAll.mutate(undefined, { onError: (error) => notify.error(errorMessage(t, error)) })
          }
          disabled={!data || data.unread === 0}
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      <div
        style={{
          borderTop: '1px solid var(--mantine-color-gray-2)',
          marginInline: isPhone ? 'calc(var(--mantine-spacing-md) * -1)' : 0,
        }}
      >
        {latest.isPending ? <LoadingState label={t('notifications.loading')} minHeight={120} /> : null}
        {latest.isError ? (
          <div style={{ padding: 'var(--mantine-spacing-md)' }}>
            <ErrorAlert>{errorMessage(t, latest.error)}</ErrorAlert>
          </div>
        ) : null}
        {data && data.items.length === 0 ? (
          <Stack align="center" gap={6} py="xl" px="md" role="status">
            <IconBellOff size={32} stroke={1.5} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('notifications.empty')}
            </Text>
          </Stack>
        ) : null}
        {data && data.items.length > 0 ? (
          isPhone ? (
            list
          ) : (
            <ScrollArea.Autosize mah={440}>{list}</ScrollArea.Autosize>
          )
        ) : null}
      </div>
      {data && data.total > data.items.length ? (
        <Text size="xs" c="dimmed" ta="center" py="xs">
          {t('notifications.latestOnly', { shown: data.items.length, total: data.total })}
        </Text>
      ) : null}
    </Stack>
  );
}
