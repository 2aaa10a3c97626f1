package jixiao.common;

/**
 * One thing wrong with what a user submitted: the field it concerns (as the form or JSON names it,
 * e.g. {@code spendPlan[2].percent}) and a Chinese sentence that names the field and the problem.
 */
public record Problem(String field, String message) {
}
