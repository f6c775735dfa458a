/**
 * Kura's own reading of metatype files, reproduced: the rules the Kura web UI and ConfigurationService apply to
 * {@code OSGI-INF/metatype/<pid>.xml}, usable from a plain build-time test.
 * <p>
 * Kura parses the file with a non-namespace-aware DOM parser and matches raw element names ({@code OCD},
 * {@code AD}, {@code Option}, {@code Icon}, {@code Designate}, {@code Object}); prefixed elements are ignored. Only
 * its own scalar types are accepted: any other {@code type} (such as {@code Character}) makes the whole file fail.
 * Defaults are split on {@code ','} with {@code '\'} as escape and edge whitespace trimmed; cardinality 0, 1 and -1
 * give a scalar, anything else an array; an empty default gives no property.
 */
@Export
@Version("1.1.0")
package org.aioschedule.kura.emulator.metatype;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
