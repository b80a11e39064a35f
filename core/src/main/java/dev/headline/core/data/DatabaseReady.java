package dev.headline.core.data;

/**
 * Fired once per start, synchronously, when every module's migrations have run and the database
 * answers. Work that needs the schema at startup (demo content, publishing what was missed while
 * the server was down) observes this instead of running in its own {@code @PostConstruct}, so it
 * also happens when the database comes up after the application.
 *
 * <pre>{@code
 * void seed(@Observes DatabaseReady ready) { ... }
 * }</pre>
 *
 * @param product the database product name, for example "H2" or "PostgreSQL"
 */
public record DatabaseReady(String product) {}
