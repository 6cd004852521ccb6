package dev.samvad.relationship.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When the writer asked to be called. Any of the parts may be missing ("call me" gives none).
 *
 * @param date the day, resolved like a promised date
 * @param time the clock time ("5 baje", "5 pm", "17:30"); hours 1–7 without am/pm read as pm
 * @param dayPart "subah", "evening", "ಸಂಜೆ"…
 * @param span the words it came from
 */
public record CallbackTime(
    Optional<LocalDate> date, Optional<LocalTime> time, Optional<DayPart> dayPart, Span span) {}
