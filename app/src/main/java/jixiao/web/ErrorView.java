package jixiao.web;

/** The model of the error page. */
public record ErrorView(PageContext page, int status, String title, String message) {
}
