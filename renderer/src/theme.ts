import { Badge, createTheme, Notification, SegmentedControl, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm teal: readable on both schemes and distinct from the red/orange used for warnings.
const sea: MantineColorsTuple = [
  '#e6fbf8',
  '#d6f2ee',
  '#aee3dc',
  '#82d4c8',
  '#5ec7b8',
  '#47bfae',
  '#38bba9',
  '#27a494',
  '#179283',
  // Darker than a plain ramp so teal text on the light-variant tint stays above 4.5:1.
  '#006b5f',
];

export const theme = createTheme({
  primaryColor: 'sea',
  // Shade 9 keeps white text on filled buttons above 4.5:1 in both schemes (WCAG AA).
  primaryShade: { light: 9, dark: 9 },
  colors: { sea },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Mantine greys a titled notification's text below AA contrast; use the theme's dimmed colour.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-dimmed)' } } }),
    // Mantine cuts a badge's text at one line ("Marketing, recrutement e…"): French family
    // names and "matches your background" run longer than a badge, so they wrap instead.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      },
    }),
    // Mantine's selected segment is white on light grey (about 1.1:1): the choice must stand out
    // at 3:1 at least (WCAG 1.4.11), so it is filled with the theme colour in both schemes.
    SegmentedControl: SegmentedControl.extend({
      vars: () => ({
        root: { '--sc-color': 'var(--skillgap-segment-selected)', '--sc-label-color': 'var(--skillgap-segment-selected-label)' },
      }),
    }),
  },
});

/**
 * Mantine's default "dimmed" grey and dark-scheme links fall under 4.5:1 contrast on this
 * theme's surfaces; these shades keep secondary text readable in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-sea-9)',
    '--skillgap-segment-selected': 'var(--mantine-color-sea-9)',
    '--skillgap-segment-selected-label': 'var(--mantine-color-white)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': 'var(--mantine-color-sea-4)',
    '--skillgap-segment-selected': 'var(--mantine-color-sea-4)',
    '--skillgap-segment-selected-label': 'var(--mantine-color-dark-9)',
  },
});
