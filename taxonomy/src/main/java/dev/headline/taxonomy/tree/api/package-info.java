/**
 * The taxonomy's public API for the newsroom and the demo seeder: {@link
 * dev.headline.taxonomy.tree.api.Sections} (create, rename, move, merge, delete sections; file
 * articles under them; tag them) and the {@link dev.headline.taxonomy.tree.api.TaxonomyChanged}
 * event. Readers' pages use core's {@code Taxonomy} SPI instead.
 */
package dev.headline.taxonomy.tree.api;
