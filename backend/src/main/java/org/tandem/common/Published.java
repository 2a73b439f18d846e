package org.tandem.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that other features may use. Everything else in a feature's package is its own business: other features
 * reach it by id or through a published type, and {@code ArchitectureTest} fails the build otherwise. Types nested in a
 * published type are published with it. A published entity is published as a read model: other features may find and
 * read it, never persist, delete or change it (they ask its feature).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Published {
}
