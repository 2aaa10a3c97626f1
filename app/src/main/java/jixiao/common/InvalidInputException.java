package jixiao.common;

import java.util.List;

/** Input refused as a whole: nothing of it was stored. Answered with 400 and every problem. */
public class InvalidInputException extends RefusedException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String userMessage() {
        return Messages.text("error.invalidInput");
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }
}
