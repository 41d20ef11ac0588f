export { checkA11y, formatViolations, AXE_TAGS, A11Y_PASSES, type A11yViolation } from './a11y';
export { startHarness, closeOpenHarnesses, type Harness, type HarnessOptions } from './harness';
export { recordNetworkAndCsp, describeObservations, BENIGN_CONSOLE_ERRORS, type PageObservations } from './observers';
export { closeSharedBrowser, CHROMIUM_ARGS } from './shared';
export { builtinCatalog } from './catalog';
export { SCREENSHOT_DIRECTORY } from './paths';
export { captureElement } from './capture';
export { createDataDirectory, removeDataDirectories } from './dataDirectory';
export type { BridgeCall, ChannelHandlerTable } from './bridge';
