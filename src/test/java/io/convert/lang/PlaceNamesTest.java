package io.convert.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void aPlaceIsKnownWhateverItsCaseAndPunctuation() {
        assertTrue(PlaceNames.isPlace("South Africa"));
        assertTrue(PlaceNames.isPlace("NEW YORK"));
        assertTrue(PlaceNames.isPlace("Afrique du Sud."));
        assertTrue(PlaceNames.isPlace("Côte d'Ivoire"));
    }

    @Test
    void aPersonsNameOrAPlaceWithMoreWordsIsNoPlace() {
        assertFalse(PlaceNames.isPlace("Jane Roe"));
        assertFalse(PlaceNames.isPlace("Victoria Mensah"));
        assertFalse(PlaceNames.isPlace("Lagos State Government"));
    }

    @Test
    void theListIsSpeltAsKeys() {
        for (String place : PlaceNames.all()) assertEquals(Keys.of(place), place);
    }
}
