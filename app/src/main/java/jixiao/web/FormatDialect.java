package jixiao.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import jixiao.common.Formats;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * Makes {@link Formats} available to every template as {@code #fmt}, e.g.
 * {@code ${#fmt.money(r.budgetYuan())}}, by adding a dialect to the Thymeleaf engine Micronaut
 * Views creates.
 */
@Singleton
class FormatDialect implements BeanCreatedEventListener<TemplateEngine> {

    static final String NAME = "fmt";
    private static final Formats FORMATS = new Formats();

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.addDialect(new Dialect());
        return engine;
    }

    private static final class Dialect extends AbstractDialect implements IExpressionObjectDialect {

        Dialect() {
            super("jixiao-formats");
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of(NAME);
                }

                @Override
                public Object buildObject(IExpressionContext context, String expressionObjectName) {
                    return NAME.equals(expressionObjectName) ? FORMATS : null;
                }

                @Override
                public boolean isCacheable(String expressionObjectName) {
                    return true;
                }
            };
        }
    }
}
