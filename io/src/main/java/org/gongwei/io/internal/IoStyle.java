package org.gongwei.io.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the io module.
 *
 * <p>Generated {@code Immutable*} classes are package-private and never appear in public
 * signatures: each value type declares a public nested {@code Builder} that extends the generated
 * builder, and {@code build()} returns the abstract value type.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = true,
    privateNoargConstructor = false)
public @interface IoStyle {}
