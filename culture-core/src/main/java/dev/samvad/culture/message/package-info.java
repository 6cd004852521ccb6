/**
 * Internals of message rendering and approach validation: compiled templates, the language packs
 * read from the bundled JSON, fact formatting (dates in each language's month names, UPI links, the
 * MSMED Act clause), SMS segment arithmetic, the abuse lexicon and the lint rules.
 *
 * <p>Types here are public only so that the root package can use them; they carry no compatibility
 * promise. Hosts use {@link dev.samvad.culture.TemplateCatalog}, {@link
 * dev.samvad.culture.MessageRenderer} and {@link dev.samvad.culture.MessageLint}.
 */
@NullMarked
package dev.samvad.culture.message;

import org.jspecify.annotations.NullMarked;
