import {
  AppShell,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  Progress,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { errorMessage } from '../../lib/errors.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../auth/RequireSession.tsx';
import { useLogout, useSession } from '../auth/session.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { isActive, NAV_GROUPS, NAV_ITEMS, type NavItem } from './navigation.ts';

/** Header (app, agency, language, user menu) and the navigation the user's abilities allow. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);

  // Close the phone navigation whenever the page changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  const locked = me.user.mustChangePassword;
  const items = locked ? [] : NAV_ITEMS.filter((item) => item.visible(me));

  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate(SIGN_IN_PATH, { replace: true }),
      onError: (error) => notify.error(errorMessage(t, error)),
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: locked } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a href="#konten" className="sigap-skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        {navigation.state !== 'idle' ? (
          <Progress value={100} animated size={3} radius={0} className="sigap-route-progress" aria-hidden />
        ) : null}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            {!locked ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
                aria-expanded={opened}
                aria-controls="sigap-navbar"
              />
            ) : null}
            <UnstyledButton component={Link} to="/" aria-label={t('shell.homeLink')} className="sigap-brand">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <Text fw={800} fz="lg" c="blue.9">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate="end" style={{ minWidth: 0 }}>
              {me.agency.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!locked ? <NotificationBell /> : null}
            <LanguageSwitch />
            <Menu position="bottom-end" width={220} shadow="md">
              <Menu.Target>
                <UnstyledButton
                  className="sigap-user-button"
                  aria-label={t('shell.userMenu', { name: me.user.displayName })}
                >
                  <IconUserCircle size={24} aria-hidden />
                  <Text size="sm" fw={600} visibleFrom="sm" truncate="end" maw={180}>
                    {me.user.displayName}
                  </Text>
                  <IconChevronDown size={14} aria-hidden />
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.user.displayName}</Menu.Label>
                <Menu.Item
                  component={Link}
                  to={CHANGE_PASSWORD_PATH}
                  leftSection={<IconKey size={16} aria-hidden />}
                >
                  {t('shell.changePassword')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={signOut}>
                  {t('shell.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="sigap-navbar" aria-label={t('shell.navigation')}>
        <AppShell.Section hiddenFrom="md" mb="sm" px="xs">
          <Text size="sm" c="dimmed">
            {me.agency.name}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={6} offsetScrollbars>
          <Stack gap={4}>
            {items
              .filter((item) => item.group === undefined)
              .map((item) => (
                <NavEntry key={item.to} item={item} pathname={location.pathname} />
              ))}
            {NAV_GROUPS.map((group) => {
              const entries = items.filter((item) => item.group === group);
              if (entries.length === 0) return null;
              return (
                <div key={group}>
                  <Text className="sigap-nav-group" size="xs" fw={700} c="gray.7">
                    {t(`nav.group.${group}`)}
                  </Text>
                  <Stack gap={4}>
                    {entries.map((item) => (
                      <NavEntry key={item.to} item={item} pathname={location.pathname} />
                    ))}
                  </Stack>
                </div>
              );
            })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Box px="xs" py="sm">
            <Text size="xs" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="konten" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** One entry of the navigation. */
function NavEntry({ item, pathname }: { item: NavItem; pathname: string }) {
  const { t } = useTranslation();
  const active = isActive(item, pathname);
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
    />
  );
}
