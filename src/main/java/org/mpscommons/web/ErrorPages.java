package org.mpscommons.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the visitor's language, with a way back. They show what happened in plain words and never a
 * stack trace or exception message (server.error.* settings keep those out of the model too).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final PageFactory pages;
    private final LanguagePreference preference;

    ErrorPages(PageFactory pages, LanguagePreference preference) {
        this.pages = pages;
        this.preference = preference;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Language language =
                Language.ofPath(failedUri instanceof String uri ? uri : null).orElseGet(() -> preference.of(request));
        ModelAndView view = new ModelAndView("web/error", status);
        view.addObject("page", pages.unindexedPage(language, "/"));
        view.addObject("error", ErrorView.of(status));
        return view;
    }
}
