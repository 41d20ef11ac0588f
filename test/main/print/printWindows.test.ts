import { join } from 'node:path';
import { createPrintWindowRegistry, printPreloadPath } from '../../../main/print/printWindows';
import { preloadPath } from '../../../main/paths';

// Types only; a stand-in guarantees the real module never loads.
vi.mock('electron', () => ({}));

describe('printPreloadPath', () => {
  it('is the print-only preload built next to the main one, never the main one', () => {
    const mainDirectory = join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'main');
    expect(printPreloadPath(mainDirectory)).toBe(join('/opt', 'Skillgap', 'resources', 'app.asar', 'out', 'preload', 'print.cjs'));
    expect(printPreloadPath(mainDirectory)).not.toBe(preloadPath(mainDirectory));
  });
});

describe('createPrintWindowRegistry', () => {
  it('knows a print window by its contents id from add until remove', () => {
    const registry = createPrintWindowRegistry();
    expect(registry.has({ id: 3 })).toBe(false);
    registry.add({ id: 3 });
    expect(registry.has({ id: 3 })).toBe(true);
    expect(registry.has({ id: 4 })).toBe(false);
    registry.remove({ id: 3 });
    expect(registry.has({ id: 3 })).toBe(false);
  });

  it('keeps each registry to itself', () => {
    const one = createPrintWindowRegistry();
    const other = createPrintWindowRegistry();
    one.add({ id: 8 });
    expect(other.has({ id: 8 })).toBe(false);
  });
});
