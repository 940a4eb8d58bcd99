/// The XML namespaces an XLIFF 2.1 file of Passerelle's uses: the core (whose namespace XLIFF 2.1
/// keeps from 2.0), the glossary and metadata modules, and W3C ITS 2.0 (for `its:taIdentRef`).
export const xliffNamespaces = {
  core: 'urn:oasis:names:tc:xliff:document:2.0',
  glossary: 'urn:oasis:names:tc:xliff:glossary:2.0',
  metadata: 'urn:oasis:names:tc:xliff:metadata:2.0',
  its: 'http://www.w3.org/2005/11/its',
} as const;

/// The `category` of the metadata group that names the Passerelle article a file holds.
export const articleMetaCategory = 'passerelle:article';
