/**
 * The extension points of Headline: interfaces that modules and plugins implement as CDI beans,
 * found with {@code @Inject @Any Instance<T>}. Stable public API for integrators; see each
 * interface for a usage example.
 */
package dev.headline.core.spi;
