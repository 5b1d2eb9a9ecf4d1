import {
  Badge,
  Combobox,
  type CSSVariablesResolver,
  createTheme,
  InputWrapper,
  PasswordInput,
  RadioGroup,
  Select,
  TextInput,
} from '@mantine/core';

/**
 * No asterisk after required labels: labels read exactly as written ("Kata sandi"), which keeps them
 * clean for screen readers and tests; required fields still carry the required attribute.
 */
const noAsterisk = { defaultProps: { withAsterisk: false } };

/** Blue, shade 8 for filled elements: white text on it passes WCAG AA (≈5:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", system-ui, -apple-system, sans-serif',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
  components: {
    // Short labels (status, kind) must never be cut to "AK…" in tight table cells.
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } },
    }),
    // Closed dropdowns are unmounted, so a field's label names only the field (not a hidden listbox too).
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    InputWrapper: InputWrapper.extend(noAsterisk),
    TextInput: TextInput.extend(noAsterisk),
    PasswordInput: PasswordInput.extend(noAsterisk),
    Select: Select.extend(noAsterisk),
    RadioGroup: RadioGroup.extend(noAsterisk),
  },
});

/** Secondary text and errors darker than Mantine's defaults, for AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // Text of light badges/alerts: Mantine's shade 9 is below 4.5:1 on these tinted backgrounds.
    '--mantine-color-green-light-color': '#237032',
    '--mantine-color-orange-light-color': '#a63a0b',
    '--mantine-color-red-light-color': '#b02525',
  },
  dark: {},
});
