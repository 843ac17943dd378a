package org.mpscommons.content.images;

import org.springframework.modulith.NamedInterface;

/**
 * An image as the site stores it after {@link ImageReencoding}: freshly encoded bytes (nothing of the uploaded file
 * but its pixels), their format and the image's size in pixels.
 */
@NamedInterface("api")
public record ReencodedImage(byte[] bytes, ImageFormat format, int width, int height) {}
