package org.gongwei.io.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FhirConventionsTest {

  @Test
  void systemsAndExtensionsAreDistinctUrlsUnderTheirBase() throws IllegalAccessException {
    Set<String> urls = new HashSet<>();
    int ours = 0;
    for (Field f : FhirConventions.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class || f.getName().startsWith("LOINC_") || f.getName().equals("BASE")) {
        continue;
      }
      String url = (String) f.get(null);
      assertTrue(urls.add(url), "repeated: " + url);
      assertTrue(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("urn:oid:"), f.getName() + " " + url);
      if (url.startsWith(FhirConventions.BASE + "/")) {
        ours++;
        String kind = url.substring(FhirConventions.BASE.length() + 1).split("/")[0];
        assertTrue(Set.of("CodeSystem", "NamingSystem", "StructureDefinition").contains(kind), url);
        if (f.getName().startsWith("EXT_")) {
          assertEquals("StructureDefinition", kind, f.getName());
        }
      }
    }
    assertTrue(ours > 30);
  }

  @Test
  void theHealthRecordOidsAreThoseOfWsT483() {
    assertEquals("urn:oid:2.16.156.10011.1.3", FhirConventions.ID_CARD_SYSTEM);
    assertEquals("urn:oid:2.16.156.10011.1.2", FhirConventions.HEALTH_RECORD_SYSTEM);
    assertEquals("urn:oid:2.16.156.10011.1.5", FhirConventions.INSTITUTION_SYSTEM);
    assertEquals(18.0, FhirConventions.GLUCOSE_MG_DL_PER_MMOL_L);
  }
}
