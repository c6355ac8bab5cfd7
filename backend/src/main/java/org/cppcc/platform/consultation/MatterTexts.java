package org.cppcc.platform.consultation;

import java.util.Optional;

/** What a matter says, for a module that turns it into something else (a 社情民意 report). */
public interface MatterTexts {

    Optional<MatterText> text(long matterId);

    record MatterText(long id, String title, String description, String place, String workstationName) {}
}
