package dev.headline.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own datasource, bound at {@code java:app/jdbc/headline}. Every value comes from
 * MicroProfile Config ({@code headline.datasource.*}, see core's defaults), so one WAR runs on the
 * embedded H2 file database or on PostgreSQL without a rebuild. The server validates pooled
 * connections, so the pool recovers by itself after a database restart.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/headline",
    className = "${MPCONFIG=headline.datasource.class-name}",
    url = "${MPCONFIG=headline.datasource.url}",
    user = "${MPCONFIG=headline.datasource.user}",
    password = "${MPCONFIG=headline.datasource.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class HeadlineDataSource {}
