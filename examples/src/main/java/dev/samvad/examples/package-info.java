/**
 * The {@code samvad} command: runnable evaluation apps over the SDK on its embedded defaults.
 * {@link dev.samvad.examples.SamvadCli} is the entry point; {@code demo} tells the story of the
 * bundled sample portfolio chapter by chapter, {@code api} drives the JSON API from a shell.
 */
@NullMarked
package dev.samvad.examples;

import org.jspecify.annotations.NullMarked;
