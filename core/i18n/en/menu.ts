/**
 * The words the main process shows itself: the native menu, the About box and the start-up
 * failure (main/menu.ts, main/index.ts).
 */
export const menuMessages = {
  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.window': 'Window',
  'menu.help': 'Help',
  'menu.quit': 'Quit Skillgap',
  'menu.closeWindow': 'Close Window',
  'menu.exportPlanPdf': 'Export Plan as PDF…',
  'menu.print': 'Print…',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.reload': 'Reload',
  'menu.toggleDevTools': 'Toggle Developer Tools',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.toggleFullScreen': 'Toggle Full Screen',
  'menu.minimize': 'Minimize',
  'menu.zoom': 'Zoom',
  'menu.bringAllToFront': 'Bring All to Front',
  'menu.about': 'About Skillgap',
  'menu.services': 'Services',
  'menu.hide': 'Hide Skillgap',
  'menu.hideOthers': 'Hide Others',
  'menu.showAll': 'Show All',
  'menu.aboutVersion': 'Version {version}',
  'menu.aboutSummary':
    'Skillgap helps you move into an AI-era job: rate your skills, see the gap to the roles you ' +
    'target and follow a dated learning plan. Everything stays on this computer.',
  'menu.dataSources': 'Data sources',
  'menu.ok': 'OK',
  'menu.startupFailedTitle': 'Skillgap could not start',
  'menu.startupFailedMessage':
    'Skillgap stopped before opening its window. Your data has not been changed. Details: {detail}',
};
