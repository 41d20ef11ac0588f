/**
 * The print window's sandboxed preload: only the print bridge (preload/print-bridge.ts). The
 * hidden window renders the plan from the store and says when it is ready; it never needs, so
 * never gets, a channel that changes data. ipcRenderer itself is never handed to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPrintBridges } from './print-bridge';

const { data, print } = createPrintBridges((channel, ...args) => ipcRenderer.invoke(channel, ...args));
// The name the renderer's start-up reads its data from (renderer/src/bridge.ts).
contextBridge.exposeInMainWorld('skillgap', data);
contextBridge.exposeInMainWorld('skillgapPrint', print);
