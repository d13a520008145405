package dk.kvalitetsstandard.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied per package through {@code package-info.java}.
 *
 * <p>Generated {@code Immutable…} classes are package-private and hidden behind the public abstract
 * types ({@code overshadowImplementation}); builders are exposed as a public nested {@code Builder}
 * class of each abstract type. Only JDK collections are used, and Jakarta annotations where any.
 *
 * <p>No annotation found on the class path is added to generated code ({@code
 * allowedClasspathAnnotations} names only {@code Override}, which is always applied anyway). By
 * default Immutables marks every generated class with {@code org.immutables.value.Generated}, which
 * is retained in the class files; a consumer compiling against the jars without the compile-only
 * Immutables annotations would get a {@code classfile} warning for each, an error under {@code
 * -Xlint:all -Werror}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
