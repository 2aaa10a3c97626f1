package jixiao.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import jixiao.common.Messages;

/** The templates read labels from the same bundle as {@link Messages}. */
@Factory
class MessageSourceFactory {

    @Singleton
    MessageSource messageSource() {
        return new ResourceBundleMessageSource(Messages.BUNDLE);
    }
}
