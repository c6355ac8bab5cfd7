/** What the duty module tells others: invitations to activities (the notification module sends the notices). */
@NamedInterface("events")
package org.cppcc.platform.duty.events;

import org.springframework.modulith.NamedInterface;
