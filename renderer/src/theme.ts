import { createTheme, type MantineColorsTuple } from '@mantine/core';

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
  '#007f71',
];

export const theme = createTheme({
  primaryColor: 'sea',
  primaryShade: { light: 8, dark: 6 },
  colors: { sea },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
});
