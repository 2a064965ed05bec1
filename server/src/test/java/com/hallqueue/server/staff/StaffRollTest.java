package com.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.config.PasswordHash;
import com.hallqueue.server.config.StaffDef;
import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.settings.SettingChange;
import com.hallqueue.server.settings.SettingChanges;
import com.hallqueue.server.store.HallStore;
import com.hallqueue.server.testing.Halls;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff roll over restarts of a hall in a file: the database keeps managers' changes, the file seeds. */
class StaffRollTest {

    @TempDir
    Path data;

    private final HallConfig file = Halls.demo();

    @Test
    void aMemberAddedLiveIsStillThereAfterARestartAndTheFileDoesNotUndoARemoval() {
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            roll.add("9001", "1007", "周琳", "STAFF", "counter-7-pass");
            roll.takeOff("9001", "1001", () -> { });
        }
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            assertThat(roll.member("1007")).map(StaffDef::name).contains("周琳");
            assertThat(roll.member("1001")).isEmpty();
        }
    }

    @Test
    void anEntryEditedInTheFileSinceTheLastStartWinsAndBringsTheMemberBack() {
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            roll.edit("9001", "1006", new MemberEdit(null, "MANAGER", null, null));
            roll.takeOff("1006", "9001", () -> { });
            assertThat(roll.member("9001")).isEmpty();
        }
        String reset = PasswordHash.create("forgotten-no-more".toCharArray(), 1000);
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(withManagerHash(reset), store, Clock.systemUTC());
            assertThat(roll.member("9001")).map(StaffDef::passwordHash).contains(reset);
        }
    }

    @Test
    void aBadgeOfTheFileIsAddedOnceAndNotAgainAtTheNextStart() {
        try (HallStore store = open()) {
            StaffRoll.open(file, store, Clock.systemUTC());
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            assertThat(roll.members()).hasSize(file.staff().size());
            List<SettingChange> changes = store.readSettings(
                    c -> new SettingChanges().between(c, Instant.EPOCH, Instant.now().plusSeconds(1)));
            assertThat(changes)
                    .hasSize(file.staff().size())
                    .allSatisfy(c -> assertThat(c.badge()).isEqualTo(SettingChange.BY_FILE));
        }
    }

    @Test
    void aSecondManagerMayBeTakenOffButNotTheLastOne() {
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            roll.edit("9001", "1006", new MemberEdit(null, "MANAGER", null, null));
            roll.takeOff("1006", "9001", () -> { });

            assertThatThrownBy(() -> roll.takeOff("9001", "1006", () -> { }))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
            assertThatThrownBy(() -> roll.edit("1006", "1006", new MemberEdit(null, "STAFF", null, null)))
                    .isInstanceOf(Refusal.class);
        }
    }

    @Test
    void aMemberWhoseCounterWillNotCloseStaysOnTheHall() {
        try (HallStore store = open()) {
            StaffRoll roll = StaffRoll.open(file, store, Clock.systemUTC());
            assertThatThrownBy(() -> roll.takeOff("9001", "1002", () -> {
                throw Refusal.conflict("当前号A001尚未办结 / Ticket A001 is still held by this counter");
            })).isInstanceOf(Refusal.class);
            assertThat(roll.member("1002")).isPresent();
        }
    }

    private HallStore open() {
        return HallStore.open("jdbc:h2:file:" + data.resolve("hall"));
    }

    /** The demo hall's file with manager 9001's password hash replaced, as an operator resets it. */
    private HallConfig withManagerHash(String hash) {
        List<StaffDef> staff = new ArrayList<>();
        for (StaffDef s : file.staff()) {
            staff.add(s.badge().equals("9001") ? new StaffDef("9001", s.name(), s.role(), hash) : s);
        }
        return new HallConfig(file.hall(), file.services(), file.counters(), staff, file.devices(), file.hours(),
                file.priority(), file.noShow(), file.stats(), file.alerts(), file.screens(), file.appointments());
    }
}
