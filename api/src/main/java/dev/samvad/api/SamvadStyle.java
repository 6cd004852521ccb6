package dev.samvad.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every Samvad value type uses: the abstract type is the public face
 * ({@code Customer}), the generated {@code ImmutableCustomer} holds the builder, and missing
 * required attributes are reported as {@link InvalidInputException} naming the field rather than as
 * {@link IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    throwForInvalidImmutableState = InvalidInputException.class,
    throwForNullPointer = InvalidInputException.class,
    defaults = @Value.Immutable(copy = true))
public @interface SamvadStyle {}
