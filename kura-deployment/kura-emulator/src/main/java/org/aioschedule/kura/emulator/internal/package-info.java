/** The emulator's Declarative Services components and their helpers. Not exported. */
package org.aioschedule.kura.emulator.internal;
