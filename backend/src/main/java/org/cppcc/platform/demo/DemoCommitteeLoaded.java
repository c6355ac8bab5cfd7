package org.cppcc.platform.demo;

/** The demo committee was loaded: published in the loading transaction, heard once it has committed. */
public record DemoCommitteeLoaded() {}
