package jixiao.database;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Bounds on heavy reads (exports, reports, summaries over a whole year), so that a few of them cannot
 * hold every pooled connection while the pages wait: see {@link HeavyWork}.
 */
@ConfigurationProperties("jixiao.heavy-work")
public class HeavyWorkSettings {

    /** Heavy reads running at once in one instance; the pool has 10 connections, the pages keep the rest. */
    private int concurrent = 3;
    /** How long one waits for its turn before it is answered 503. */
    private Duration wait = Duration.ofSeconds(5);
    /** MariaDB's max_statement_time for each statement of a heavy read; zero for none. */
    private Duration statementTimeout = Duration.ofSeconds(30);

    public int getConcurrent() { return concurrent; }
    public void setConcurrent(int concurrent) { this.concurrent = concurrent; }
    public Duration getWait() { return wait; }
    public void setWait(Duration wait) { this.wait = wait; }
    public Duration getStatementTimeout() { return statementTimeout; }
    public void setStatementTimeout(Duration statementTimeout) { this.statementTimeout = statementTimeout; }
}
