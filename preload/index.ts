/**
 * The sandboxed preload: exposes the typed bridge and nothing else. ipcRenderer itself, send,
 * sendSync and on are never handed to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'skillgap',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
