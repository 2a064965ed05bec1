package com.hallqueue.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallqueue.server.bench.CityHalls.Hall;
import com.hallqueue.server.bench.CityHalls.Kind;
import com.hallqueue.server.config.Deployment;
import com.hallqueue.server.config.DeploymentLoader;
import com.hallqueue.server.config.Devices;
import com.hallqueue.server.config.HallConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city that bench/city generates is the one its figures are reported for. */
class CityHallsTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredHallsAreThirtyLargeSeventyMediumAndAHundredSmall() {
        List<Hall> city = CityHalls.city(200, 3);
        assertThat(city.stream().filter(h -> h.kind() == Kind.LARGE)).hasSize(30);
        assertThat(city.stream().filter(h -> h.kind() == Kind.MEDIUM)).hasSize(70);
        assertThat(city.stream().filter(h -> h.kind() == Kind.SMALL)).hasSize(100);
    }

    @Test
    void thePeakOffered85TicketsASecondAcrossTwoHundredHalls() {
        // 30 large × 1/s + 70 medium × 0.5/s + 100 small × 0.2/s = 30 + 35 + 20
        double offered = CityHalls.city(200, 3).stream().mapToDouble(h -> h.kind().ticketsPerSecond).sum();
        assertThat(offered).isCloseTo(85.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aCityOfFiveHallsHasEveryKind() {
        assertThat(CityHalls.city(5, 3).stream().map(Hall::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void eachHallsSizeStaysWithinItsKind() {
        for (Hall h : CityHalls.city(200, 3)) {
            assertThat(h.services().size()).as(h.id()).isBetween(h.kind().minServices, h.kind().maxServices);
            assertThat(h.counters()).as(h.id()).isBetween(h.kind().minCounters, h.kind().maxCounters);
        }
    }

    @Test
    void hallsTakeTheServersInTurn() {
        assertThat(CityHalls.city(7, 3).stream().map(Hall::server)).containsExactly(0, 1, 2, 0, 1, 2, 0);
    }

    @Test
    void theDeploymentFileLoadsWithEveryHallAsGenerated() throws Exception {
        List<Hall> city = CityHalls.city(40, 3);
        Deployment deployment = new DeploymentLoader().load(CityHalls.write(dir, city));
        assertThat(deployment.halls()).hasSize(40);
        for (int i = 0; i < city.size(); i++) {
            Hall h = city.get(i);
            Deployment.Member m = deployment.halls().get(i);
            HallConfig config = m.config();
            assertThat(m.id()).isEqualTo(h.id());
            assertThat(config.services()).hasSize(h.services().size());
            assertThat(config.counters()).hasSize(h.counters());
            assertThat(config.staff()).hasSize(h.counters());
        }
    }

    @Test
    void everyServiceOfAHallHasACounterThatServesIt() throws Exception {
        Deployment deployment = new DeploymentLoader().load(CityHalls.write(dir, CityHalls.city(40, 3)));
        for (Deployment.Member m : deployment.halls()) {
            Set<String> served = m.config().counters().stream().flatMap(c -> c.services().stream())
                    .collect(Collectors.toSet());
            assertThat(served).as(m.id()).containsExactlyInAnyOrderElementsOf(
                    m.config().services().stream().map(s -> s.code()).toList());
        }
    }

    @Test
    void aCounterServesItsOwnServiceAndTheNextOne() {
        Hall h = new Hall("h001", 0, Kind.LARGE, List.of("A", "B", "C"), 8, 0);
        assertThat(h.servicesOf(1)).containsExactly("A", "B");
        assertThat(h.servicesOf(3)).containsExactly("C", "A");
        assertThat(h.servicesOf(4)).containsExactly("A", "B");
        assertThat(new Hall("h002", 1, Kind.SMALL, List.of("A"), 2, 1).servicesOf(2)).containsExactly("A");
    }

    @Test
    void eachHallHasItsOwnKioskAndDisplayTokens() throws Exception {
        List<Hall> city = CityHalls.city(3, 3);
        Deployment deployment = new DeploymentLoader().load(CityHalls.write(dir, city));
        for (int i = 0; i < city.size(); i++) {
            Devices devices = deployment.halls().get(i).config().devices();
            assertThat(devices.kiosks()).extracting(Devices.Kiosk::token).containsExactly("h00" + (i + 1) + "-kiosk");
            assertThat(devices.displays()).extracting(Devices.Display::token)
                    .containsExactly(city.get(i).displayToken());
        }
    }
}
