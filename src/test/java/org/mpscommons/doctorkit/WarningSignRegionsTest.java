package org.mpscommons.doctorkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.body.BodyMap;
import org.mpscommons.body.BodyRegion;
import org.mpscommons.redflags.AgeBand;
import org.mpscommons.redflags.Circumstances;
import org.mpscommons.redflags.Urgency;
import org.mpscommons.redflags.WarningSign;
import org.mpscommons.redflags.WarningSigns;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The table of warning signs against the kit's body vocabulary, which owns the region ids: every id in the table is
 * a region the kit offers, every region gets at least the signs that apply anywhere, every sign has a source, and the
 * signs a clinician would expect first come first.
 */
@SiteTest
@Tag("db")
class WarningSignRegionsTest {

    /** The warning signs are keyed by region, without a side. */
    private static final Set<String> REGIONS =
            BodyMap.shipped().regions().stream().map(BodyRegion::id).collect(java.util.stream.Collectors.toSet());

    @Autowired
    WarningSigns signs;

    @Test
    void everyRegionIdIsTheKitsAndEverySignHasItsWordsAndASource() {
        assertThat(signs.all()).hasSizeGreaterThan(20);
        for (WarningSign sign : signs.all()) {
            assertThat(REGIONS).as(sign.id()).containsAll(sign.regions());
            assertThat(sign.sources())
                    .as(sign.id())
                    .isNotEmpty()
                    .allSatisfy(source -> assertThat(source.url()).startsWith("http"));
            assertThat(sign.english()).as(sign.id()).isNotBlank();
            assertThat(sign.japanese()).as(sign.id()).isNotBlank().doesNotContain("(", ")", "?");
        }
    }

    @Test
    void everyRegionGetsAtLeastTheSignsThatApplyAnywhere() {
        List<String> anywhere = signs.all().stream()
                .filter(WarningSign::anyRegion)
                .map(WarningSign::id)
                .toList();
        assertThat(anywhere).contains("any_fever", "any_weight_loss", "any_cancer_history");
        for (String region : REGIONS) {
            assertThat(ids(Circumstances.regions(Set.of(region)))).as(region).containsAll(anywhere);
        }
    }

    @Test
    void chestPainOfEitherKindCallsForAnAmbulanceFirst() {
        for (String region : List.of("chest_pectoral", "sternum")) {
            List<WarningSign> applying =
                    signs.applying(new Circumstances(Set.of(region), Optional.of(true), Optional.empty()));
            assertThat(applying.getFirst().urgency()).as(region).isEqualTo(Urgency.IMMEDIATE);
            assertThat(applying).as(region).extracting(WarningSign::id).contains("chest_heart_attack");
        }
    }

    @Test
    void theCalfAloneGetsTheClotWarningAndTheLowBackAfterFiftyTheFractureAndCancerSigns() {
        assertThat(ids(Circumstances.regions(Set.of("calf")))).contains("calf_dvt", "leg_dvt_breathless");
        List<String> olderBack =
                ids(new Circumstances(Set.of("low_back"), Optional.of(false), Optional.of(AgeBand.FROM_50)));
        assertThat(olderBack)
                .contains("back_new_over_50", "back_osteoporosis_steroids", "any_cancer_history")
                .doesNotContain("back_teen_sport");
        // An age given rules out the signs of other ages; no age given shows them, worded with their age.
        assertThat(ids(new Circumstances(Set.of("low_back"), Optional.empty(), Optional.of(AgeBand.FROM_20_TO_49))))
                .doesNotContain("back_new_over_50", "back_teen_sport");
        assertThat(ids(Circumstances.regions(Set.of("low_back")))).contains("back_new_over_50", "back_teen_sport");
    }

    @Test
    void theMostUrgentComeFirst() {
        List<WarningSign> applying = signs.applying(Circumstances.regions(REGIONS));
        assertThat(applying).extracting(WarningSign::urgency).isSorted();
        assertThat(applying).hasSameSizeAs(signs.all());
    }

    private List<String> ids(Circumstances circumstances) {
        return signs.applying(circumstances).stream().map(WarningSign::id).toList();
    }
}
