/**
 * Internals of {@link dev.samvad.culture.LanguageIdentifier}: the script table, the word hash and
 * the lexicon tables. No compatibility promise; hosts use the identifier.
 */
@NullMarked
package dev.samvad.culture.language;

import org.jspecify.annotations.NullMarked;
