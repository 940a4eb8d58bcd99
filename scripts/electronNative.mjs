// @ts-check
/// Builds `.electron-native/better_sqlite3.node`: better-sqlite3 for the installed Electron's ABI,
/// which the desktop app passes to better-sqlite3 as `nativeBinding`. The binary under
/// node_modules stays built for Node, so tests and the CLI keep working. Runs before `electron .`
/// in `npm start`; skips when `.electron-native/stamp.json` already matches.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeStamp, needsRebuild, parseStamp } from './electronNativeStamp.mjs';

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const outputDirectory = join(projectRoot, '.electron-native');
const outputBinary = join(outputDirectory, 'better_sqlite3.node');
const stampFile = join(outputDirectory, 'stamp.json');
const require = createRequire(join(projectRoot, 'package.json'));

/** @param {string} message */
function log(message) {
  console.log(`[electron-native] ${message}`);
}

/** @param {string} file @returns {string | undefined} */
function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** @param {string} packageName @returns {{ version: string, directory: string }} */
function installedPackage(packageName) {
  const manifest = require.resolve(`${packageName}/package.json`);
  return { version: JSON.parse(readFileSync(manifest, 'utf8')).version, directory: dirname(manifest) };
}

/** Copies better-sqlite3's sources into `<temp>/node_modules/better-sqlite3`, without its build/
 *  folder, so nothing built there can overwrite (or be mistaken for) the Node-ABI binary.
 *  @param {string} sourceDirectory @param {string} version @returns {{ root: string, module: string }} */
function stageModule(sourceDirectory, version) {
  const root = mkdtempSync(join(tmpdir(), 'passerelle-electron-native-'));
  const module = join(root, 'node_modules', 'better-sqlite3');
  cpSync(sourceDirectory, module, {
    recursive: true,
    filter: (source) => {
      const inside = relative(sourceDirectory, source);
      return (
        inside !== 'build' &&
        !inside.startsWith(`build${sep}`) &&
        !inside.startsWith(`node_modules${sep}`) &&
        inside !== 'node_modules'
      );
    },
  });
  // @electron/rebuild finds the modules to rebuild through the root package's dependencies.
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'passerelle-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': version },
    }),
  );
  return { root, module };
}

/** Downloads the prebuilt binary for Electron with prebuild-install (what better-sqlite3's own
 *  install does for Node). @param {string} module @param {string} electronVersion @param {string} arch @returns {boolean} */
function tryPrebuildInstall(module, electronVersion, arch) {
  let bin;
  try {
    bin = createRequire(join(installedPackage('better-sqlite3').directory, 'package.json')).resolve(
      'prebuild-install/bin.js',
    );
  } catch {
    log('prebuild-install is not installed; skipping the download.');
    return false;
  }
  log(`Downloading a prebuilt better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})…`);
  const result = spawnSync(
    process.execPath,
    [
      bin,
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--platform=${process.platform}`,
      '--verbose',
    ],
    { cwd: module, stdio: 'inherit' },
  );
  return result.status === 0 && existsSync(join(module, 'build', 'Release', 'better_sqlite3.node'));
}

/** Compiles the binary against Electron's headers with @electron/rebuild (needs Python and a C++
 *  toolchain). @param {string} root @param {string} electronVersion @param {string} arch @returns {Promise<boolean>} */
async function tryElectronRebuild(root, electronVersion, arch) {
  log(
    `Compiling better-sqlite3 for Electron ${electronVersion} with @electron/rebuild (this takes a few minutes)…`,
  );
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: root, electronVersion, arch, force: true, onlyModules: ['better-sqlite3'] });
  } catch (error) {
    log(`@electron/rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  return existsSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
}

async function main() {
  const electron = installedPackage('electron');
  const betterSqlite3 = installedPackage('better-sqlite3');
  const arch = process.env['npm_config_arch'] || process.arch;
  const abi = readText(join(electron.directory, 'abi_version'))?.trim() ?? 'unknown';
  const wanted = nativeStamp({
    electron: electron.version,
    betterSqlite3: betterSqlite3.version,
    platform: process.platform,
    arch,
  });

  if (!needsRebuild(parseStamp(readText(stampFile)), wanted, existsSync(outputBinary))) {
    log(`better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} is already built.`);
    return;
  }

  log(
    `Preparing better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (ABI ${abi}, ${process.platform}-${arch}).`,
  );
  const staged = stageModule(betterSqlite3.directory, betterSqlite3.version);
  try {
    const built =
      tryPrebuildInstall(staged.module, wanted.electron, arch) ||
      (await tryElectronRebuild(staged.root, wanted.electron, arch));
    if (!built) {
      throw new Error(
        [
          `Could not get a better-sqlite3 ${wanted.betterSqlite3} binary for Electron ${wanted.electron} (ABI ${abi}, ${process.platform}-${arch}).`,
          'The first run needs internet access: it downloads a prebuilt binary from the better-sqlite3 releases on GitHub,',
          'or, failing that, Electron headers to compile one (which also needs Python 3 and a C++ toolchain).',
          'Connect to the internet (or set HTTPS_PROXY) and run `npm start` again.',
        ].join('\n'),
      );
    }
    mkdirSync(outputDirectory, { recursive: true });
    copyFileSync(join(staged.module, 'build', 'Release', 'better_sqlite3.node'), outputBinary);
    // The stamp is written last: an interrupted run leaves no stamp and is redone next time.
    writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
    log(`Wrote ${relative(projectRoot, outputBinary)}.`);
  } finally {
    rmSync(staged.root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[electron-native] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
