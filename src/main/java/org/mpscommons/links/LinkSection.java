package org.mpscommons.links;

import java.util.List;

/** The links of one kind, as one section of a page. */
public record LinkSection(LinkKind kind, List<Link> links) {}
