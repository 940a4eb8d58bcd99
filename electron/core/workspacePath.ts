import { homedir } from 'node:os';
import { join } from 'node:path';

/// The app's folder name inside the OS app-data folder (Electron's `userData` for "Passerelle").
export const appDataFolderName = 'Passerelle';

/// The OS app-data folder Electron uses for `userData` on each platform.
export function appDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appDataFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appDataFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appDataFolderName);
}

/// The workspace every front door opens when none is named: `PASSERELLE_DB`, else
/// `workspace.sqlite` in the app-data folder. The desktop app, web mode and the CLI share it.
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PASSERELLE_DB?.trim();
  return override ? override : join(appDataDirectory(process.platform, env), 'workspace.sqlite');
}
