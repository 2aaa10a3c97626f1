package jixiao.project;

/** What an import guessed about one field of a table, as the reader said it (line and reading). */
public record FieldGuess(GuessedField field, String note) {
}
