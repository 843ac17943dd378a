/**
 * Counts of people published as tables without giving anyone away: counts from 1 to 10 hidden, and whatever else would
 * let a reader work a hidden count out by adding and subtracting the numbers published beside it, across every table
 * published together. Used by the doctor kit's statistics of doctors' responses, and meant for every other statistics
 * page of the site (the outcome statistics of experience reports). Depends on nothing.
 *
 * <p>Start at {@link org.mpscommons.statistics.LinkedTables}.
 */
@ApplicationModule(allowedDependencies = {})
package org.mpscommons.statistics;

import org.springframework.modulith.ApplicationModule;
