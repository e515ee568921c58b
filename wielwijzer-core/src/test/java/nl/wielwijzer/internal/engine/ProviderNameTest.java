package nl.wielwijzer.internal.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A card says "Te krijgen via …" only for a provider that is a name; the catalogue also describes providers in
 * words ("sector organisations"), which the card must not present as a name.
 */
class ProviderNameTest {

    @Test
    void namesAreNamesEvenWhenCamelCased() {
        assertTrue(Summaries.properName("Transvorm; Welstaete and 7 other care organisations"));
        assertTrue(Summaries.properName("A&O fonds Gemeenten"));
        assertTrue(Summaries.properName("deRotterdamseZorg"));
        assertTrue(Summaries.properName("deRotterdamseZorg (per the URL given)"));
    }

    @Test
    void descriptionsAreNotNames() {
        assertFalse(Summaries.properName("sector organisations (example)"));
        assertFalse(Summaries.properName("municipalities (e.g. Gemeente Groningen)"));
        assertFalse(Summaries.properName("Various providers"));
        assertFalse(Summaries.properName("one best-practice organisation (not named)"));
    }
}
