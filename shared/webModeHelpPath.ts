/// The web-mode page that explains how to open Passerelle in a browser; a tab without a valid
/// token is sent there. It is static HTML the server writes in the browser's language.
export const webModeHelpPath = '/how-to-open';
