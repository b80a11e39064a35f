/**
 * What the engagement implementation tells the rest of the system about readers: events fired for
 * counted views and shares. Stable public API for any module or plugin to observe; records are only
 * ever extended with new components at the end, in a new major version. The interface that records
 * and reads the counts is {@link dev.headline.core.spi.Engagement}.
 */
package dev.headline.core.engagement.api;
