import type { CSSProperties } from 'react';
import { entityLabels, labelColours } from '../shared/labels';

/// The label colours as CSS custom properties (`--label-person` …), set once on the app root
/// through the CSSOM so the stylesheet can use them without inline style attributes.
export const labelColourVariables: CSSProperties = Object.fromEntries(
  entityLabels.map((label) => [`--label-${label}`, labelColours[label]]),
);
