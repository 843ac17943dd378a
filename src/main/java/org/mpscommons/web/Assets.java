package org.mpscommons.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * URLs of static files with a hash of their content in the name ({@code /css/site-3f2a….css}), so browsers may
 * keep them for a year and still get a changed file at once.
 */
@Component
public class Assets {

    // Looked up on first use: the provider learns the resource handlers only once the context is refreshed.
    private final ObjectProvider<ResourceUrlProvider> urls;
    private final Map<String, String> hashed = new ConcurrentHashMap<>();

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    public String url(String path) {
        return hashed.computeIfAbsent(path, this::lookUp);
    }

    private String lookUp(String path) {
        String url = urls.getObject().getForLookupPath(path);
        if (url == null) {
            throw new IllegalArgumentException("No static file " + path);
        }
        return url;
    }
}
