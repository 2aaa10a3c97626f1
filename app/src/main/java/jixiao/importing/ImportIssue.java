package jixiao.importing;

/** A problem met while reading the text; {@code where} reads like "第3个表《法制建设》第57行". */
public record ImportIssue(Severity severity, String where, String message) {
}
