/// Keeps React from reading the editor's selection around every commit. Before each commit
/// anywhere on the page, React records the selection of the focused element when its
/// `contentEditable` is "true", by walking that element's whole DOM to count characters
/// (27,000 nodes on a 60,000-word article, about 10 ms a commit), to restore it should the commit
/// move the focus. React never moves the editor's element and ProseMirror owns its selection,
/// so the element answers React's check with "inherit"; the `contenteditable` attribute, which
/// the browser edits and selects by, stays as ProseMirror sets it.
export function untrackSelectionByReact(editable: HTMLElement): void {
  Object.defineProperty(editable, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set(this: HTMLElement, value: string) {
      this.setAttribute('contenteditable', value);
    },
  });
}
