package org.cppcc.platform.consultation;

/** How a matter reached the workstation. */
public enum Channel {
    /** 网上提事: the resident raised it on the public site (with or without an account). */
    ONLINE("网上提事"),
    /** 现场接待: duty staff logged it at a reception. */
    RECEPTION("现场接待");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
