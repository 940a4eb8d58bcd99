import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDirectory, defaultWorkspacePath } from './workspacePath';

describe('workspace path', () => {
  it('follows Electron userData folders on each platform', () => {
    expect(appDataDirectory('linux', {}, '/home/ana')).toBe(join('/home/ana', '.config', 'Passerelle'));
    expect(appDataDirectory('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe(
      join('/cfg', 'Passerelle'),
    );
    expect(appDataDirectory('darwin', {}, '/Users/ana')).toBe(
      join('/Users/ana', 'Library', 'Application Support', 'Passerelle'),
    );
    expect(appDataDirectory('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Passerelle'),
    );
  });

  it('lets PASSERELLE_DB override the default workspace', () => {
    expect(defaultWorkspacePath({ PASSERELLE_DB: '/tmp/enquete.sqlite' })).toBe('/tmp/enquete.sqlite');
    expect(defaultWorkspacePath({ PASSERELLE_DB: '  ' })).toMatch(/Passerelle[/\\]workspace\.sqlite$/);
  });
});
