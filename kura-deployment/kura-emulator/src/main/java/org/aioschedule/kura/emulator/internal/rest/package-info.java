/**
 * The emulator's stand-in of Kura's REST provider and of Kura's UserAdmin role store: basic authentication against
 * UserAdmin users, {@code @RolesAllowed} as UserAdmin permission groups. Not exported.
 */
package org.aioschedule.kura.emulator.internal.rest;
