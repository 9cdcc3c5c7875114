/**
 * Plug-in interfaces of the model: {@link org.mentorkit.model.spi.TranslationProvider} supplies texts in a language.
 */
package org.mentorkit.model.spi;
