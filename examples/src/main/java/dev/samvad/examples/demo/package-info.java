/**
 * {@code samvad demo}: the story of the sample portfolio told in chapters. Each {@link
 * dev.samvad.examples.demo.Chapter} is one small class; {@link
 * dev.samvad.examples.demo.DemoCommand} lists them in order. To extend the demo, write a chapter
 * and add it to that list.
 */
@NullMarked
package dev.samvad.examples.demo;

import org.jspecify.annotations.NullMarked;
