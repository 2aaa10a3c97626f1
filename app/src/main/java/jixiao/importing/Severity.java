package jixiao.importing;

public enum Severity {
    /** The table cannot be stored as read. */
    ERROR,
    /** Stored, but flagged for a person to review (every guess the reader made). */
    WARNING
}
