package org.cppcc.platform.duty;

/** Activities the office organises; attending one is an entry of the kind given here. */
public enum ActivityKind {
    PLENARY("全体会议", EntryKind.PLENARY),
    STANDING_COMMITTEE("常委会议", EntryKind.STANDING_COMMITTEE),
    INSPECTION("视察", EntryKind.INSPECTION),
    RESEARCH("调研", EntryKind.RESEARCH),
    TRAINING("培训", EntryKind.TRAINING);

    private final String label;
    private final EntryKind entryKind;

    ActivityKind(String label, EntryKind entryKind) {
        this.label = label;
        this.entryKind = entryKind;
    }

    public String label() {
        return label;
    }

    public EntryKind entryKind() {
        return entryKind;
    }
}
