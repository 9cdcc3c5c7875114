/**
 * Languages: the texts participants and the committee read, in the program's language, and the locale's way of
 * writing dates, times and numbers.
 *
 * <p>{@link org.mentorkit.model.i18n.Translations} finds every
 * {@link org.mentorkit.model.spi.TranslationProvider} (each mentorkit module ships one for its own texts; a society's
 * plug-in may add a language or correct texts), {@link org.mentorkit.model.i18n.Texts} gives one domain's texts in one
 * language, and {@link org.mentorkit.model.i18n.LocalFormats} formats dates and numbers. Translations record how they
 * were made ({@link org.mentorkit.model.i18n.Provenance}); one not reviewed by a native speaker says so wherever its
 * texts are shown.
 */
package org.mentorkit.model.i18n;
