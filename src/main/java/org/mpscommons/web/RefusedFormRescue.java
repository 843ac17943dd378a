package org.mpscommons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * How a feature keeps what a refused form carried. When a POST's form token is missing or wrong (the browser lost its
 * cookies, or another site sent the form), the security chain refuses it; a feature whose forms hold a person's own
 * writing can instead show the text back, without acting on it. accounts' refusal handler asks each of these.
 */
@NamedInterface("api")
public interface RefusedFormRescue {

    /**
     * The path of this feature's handler to forward the refused request to (it must only show, never save or send),
     * or empty when the request is none of this feature's.
     */
    Optional<String> forwardPath(HttpServletRequest request);
}
