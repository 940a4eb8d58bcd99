import type { GlossaryDecision, GlossaryStatus } from '../../shared/domain';

/// The decisions an entry can carry, in the order the select lists them.
export const glossaryDecisions: readonly GlossaryDecision[] = ['translate', 'keep', 'gloss'];

/// The statuses an entry can have.
export const glossaryStatuses: readonly GlossaryStatus[] = ['draft', 'approved'];
