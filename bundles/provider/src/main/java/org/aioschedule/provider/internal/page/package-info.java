/** The status page at {@code /aioschedule}, served through the OSGi HTTP service where there is one. */
package org.aioschedule.provider.internal.page;
