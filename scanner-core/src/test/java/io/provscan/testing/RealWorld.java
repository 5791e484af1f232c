package io.provscan.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method that reads the real-world material beside the clone ({@link
 * Fixtures#realWorld}). Such tests carry the JUnit tag {@value Fixtures#REAL_WORLD_TAG}, which the
 * build leaves out unless {@code ../shared/realworld} exists (the parent pom's {@code realworld}
 * profile): a clone on its own must pass, and CI, which always has the folder, runs them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Fixtures.REAL_WORLD_TAG)
public @interface RealWorld {}
