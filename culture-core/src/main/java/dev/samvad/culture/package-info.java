/**
 * Cultural intelligence: who a customer is culturally and what follows from it — where they are,
 * which languages and scripts they use, which festivals and business cycles shape their calendar,
 * when they may lawfully be contacted, and how to speak to them.
 *
 * <p>Entry points: {@link dev.samvad.culture.ReferenceData} (the versioned tables, overridable per
 * tenant), {@link dev.samvad.culture.CulturalProfiler}, {@link
 * dev.samvad.culture.ContactWindowPolicy}, {@link dev.samvad.culture.AdaptationPlanner}. Everything
 * here is a pure function of its inputs and the reference data: no I/O after loading.
 */
@NullMarked
package dev.samvad.culture;

import org.jspecify.annotations.NullMarked;
