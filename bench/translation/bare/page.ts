import type { Segment } from '../../../shared/domain';
// The app's base styles, so text and fields look (and cost) the same as the app's.
import '../../../renderer/app/app.css';
import '../../../renderer/ui/ui.css';
import '../../app/paintProbe';
import { bareRoutes } from '../../app/bareRoutes';

// The bare baseline of the translation view benchmarks: the Open button fetches the article's
// segments and mounts two plain columns, each row the French text beside a textarea; typing sets
// the field's character count as an attribute (the one change a paint can be waited on);
// Ctrl+Enter moves the focus to the next row's field. The article id comes in the URL fragment.

const host = document.getElementById('host')!;
const articleId = Number(new URLSearchParams(location.hash.slice(1)).get('article'));

function row(segment: Segment): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'bare-row';
  item.style.display = 'grid';
  item.style.gridTemplateColumns = '1fr 1fr';
  const source = document.createElement('div');
  source.lang = 'fr';
  source.textContent = segment.source;
  const target = document.createElement('textarea');
  target.lang = 'en';
  target.value = segment.target;
  item.append(source, target);
  return item;
}

host.addEventListener('input', (event) => {
  const field = event.target as HTMLTextAreaElement;
  field.dataset.chars = String(field.value.length);
});

host.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  const item = (event.target as HTMLElement).closest('li');
  item?.nextElementSibling?.querySelector('textarea')?.focus();
});

async function open(): Promise<void> {
  host.replaceChildren();
  const response = await fetch(bareRoutes.segments, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ articleId }),
  });
  const segments = (await response.json()) as Segment[];
  host.replaceChildren(...segments.map(row));
}

document.getElementById('open')!.addEventListener('click', () => void open());

/// What the runner calls on the bare page as `window.bareTranslation`.
export interface BareTranslation {
  /// Unmounts the rows, so the next open starts from an empty page as the app's does.
  close(): void;
}

const bareTranslation: BareTranslation = {
  close() {
    host.replaceChildren();
  },
};
Reflect.set(window, 'bareTranslation', bareTranslation);
