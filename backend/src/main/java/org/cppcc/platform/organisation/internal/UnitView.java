package org.cppcc.platform.organisation.internal;

import org.cppcc.platform.organisation.UnitKind;

record UnitView(
        long id, String code, String name, UnitKind kind, String contactName, String contactPhone, boolean enabled) {}
