/**
 * The sixty-day story behind {@code samvad demo}: campaigns for the sample book on a steppable
 * clock, simulated customers who pay, promise, dispute and ask to stop in their own languages, a
 * simulated collections person working the task inbox, and the day-by-day record of it all. {@link
 * dev.samvad.examples.story.SixtyDays} runs it; {@link dev.samvad.examples.story.StoryResult} is
 * what it leaves behind. Nothing here prints; the demo's chapters do.
 */
@NullMarked
package dev.samvad.examples.story;

import org.jspecify.annotations.NullMarked;
