/**
 * The proposal module's domain events: one immutable record per state change of a proposal, published in the
 * transaction of the command (or deadline) that made it and delivered to other modules' listeners after it
 * commits, through Spring Modulith's event publication registry. Each carries {@link
 * org.cppcc.platform.proposal.events.ProposalFacts} (ids, state, people, actor, time) and the facts of its step.
 */
@NamedInterface("events")
package org.cppcc.platform.proposal.events;

import org.springframework.modulith.NamedInterface;
