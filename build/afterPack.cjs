'use strict';
/**
 * The afterPack hook named in electron-builder.yml. electron-builder loads hooks with require()
 * or import(), and Node 20 cannot run TypeScript, so this shim compiles scripts/after-pack.ts
 * on the fly with tsx (a devDependency, like electron-builder itself) and hands it the context.
 */
module.exports = async function afterPack(context) {
  const { pathToFileURL } = await import('node:url');
  const { tsImport } = await import('tsx/esm/api');
  const hook = await tsImport('../scripts/after-pack.ts', pathToFileURL(__filename).href);
  await hook.afterPack(context);
};
