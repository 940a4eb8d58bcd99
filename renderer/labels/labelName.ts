import type { Label } from '../../shared/domain';

/// A label's name in the UI language (French for `fr…`, English otherwise).
export function labelName(label: Pick<Label, 'nameEn' | 'nameFr'>, language: string | undefined): string {
  return language?.startsWith('fr') ? label.nameFr : label.nameEn;
}
