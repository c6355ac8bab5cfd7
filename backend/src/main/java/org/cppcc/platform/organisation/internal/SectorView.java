package org.cppcc.platform.organisation.internal;

record SectorView(long id, String code, String name, int sortOrder, boolean enabled) {}
