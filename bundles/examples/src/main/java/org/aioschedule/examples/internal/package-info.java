/** Example tasks: the seed's {@code job} and {@code job_with_argument} as task services of their own bundle. */
package org.aioschedule.examples.internal;
