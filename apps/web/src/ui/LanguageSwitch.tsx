import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n.ts';

/** ID / EN toggle; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (i18n.resolvedLanguage ?? i18n.language) as Language;
  return (
    <Group gap={0} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language, index) => {
        const active = current === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            lang={language}
            title={t(`language.${language}`)}
            onClick={() => changeLanguage(language)}
            style={{
              borderTopLeftRadius: index === 0 ? undefined : 0,
              borderBottomLeftRadius: index === 0 ? undefined : 0,
              borderTopRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
              borderBottomRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
            }}
          >
            {language.toUpperCase()}
          </Button>
        );
      })}
    </Group>
  );
}
