package org.exampath.clinic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.Test;

class Review42ExploreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final Exam EXAM = Exams.of().patient(40, Sex.FEMALE).side(Side.RIGHT).yes("history.aggravator.sitting")
            .is("nerve.slump", "positive").strength("strength.hip_abduction", 4, "familiar").count("history.duration_weeks", 6).exam();
    interface Maker { Encounters make(String who) throws Exception; }

    void save(String tag, Encounters s, long id, Exam e, String who) {
        try { System.out.println(tag + " changed=" + s.save(id, null, e, who)); }
        catch (SaveConflict c) { System.out.println(tag + " CONFLICT " + c.getMessage() + " | " + c.conflicts() + " | texts " + c.entries()); }
        catch (Exception x) { System.out.println(tag + " FAIL " + x); }
    }

    void run(String name, Maker m) throws Exception {
        System.out.println("===== " + name);
        Encounters a = m.make("anna"), b = m.make("ben");
        long v = a.create("Mrs K", "anna", EXAM, "kb", null);
        a.save(v, "Mrs K", EXAM.withRecord(EXAM.record().withAssessment("DGS").withPlan("rehab")), "anna");
        Exam carried = new org.exampath.reasoning.FollowUp(TestKnowledge.SHIPPED).startFrom(a.load(v).orElseThrow().exam());
        long f = a.create("Mrs K", "anna", carried, "kb", v);
        Exam aView = a.load(f).orElseThrow().exam();
        Exam bView = b.load(f).orElseThrow().exam();
        // 1: B clears a carried finding; A changes it
        save("B clears", b, f, bView.with("nerve.slump", null), "ben");
        save("A changes cleared", a, f, aView.with("nerve.slump", new FindingValue.Choice("negative")), "anna");
        // 2: B changes a carried finding; A clears it
        save("B changes", b, f, bView.with("nerve.slump", null).with("strength.hip_abduction", new FindingValue.Strength(5, "none")), "ben");
        save("A clears", a, f, aView.with("nerve.slump", new FindingValue.Choice("negative")).with("strength.hip_abduction", null), "anna");
        // 3: texts
        Exam bv2 = b.load(f).orElseThrow().exam(); Exam av2 = a.load(f).orElseThrow().exam();
        save("B plan", b, f, bv2.withRecord(bv2.record().withPlan("B plan")), "ben");
        save("A plan", a, f, av2.withRecord(av2.record().withPlan("A plan")), "anna");
        // 4: side and age
        Exam bv3 = b.load(f).orElseThrow().exam(); Exam av3 = a.load(f).orElseThrow().exam();
        save("B side", b, f, new Exam(bv3.patient(), Side.LEFT, bv3.findings(), bv3.record()), "ben");
        save("A side", a, f, new Exam(av3.patient(), Side.BILATERAL, av3.findings(), av3.record()), "anna");
        System.out.println("final " + a.load(f).orElseThrow().exam());
        System.out.println("audit " + a.audit(f));
        // 5: conflict on a carried finding nobody changed in the follow-up but changed in last visit? confirm
        try { a.confirm(f, "anna", "history.aggravator.sitting"); System.out.println("confirm ok " + a.audit(f).size()); } catch (Exception x) { System.out.println("confirm " + x); }
    }

    @Test
    void explore() throws Exception {
        Path dir = Files.createTempDirectory("r42");
        Database db = Database.open(dir.resolve("x.db"));
        run("SQLite", who -> new EncounterStore(db, CLOCK, TestKnowledge.SUMMARISER));
        PgTestServer server = PgTestServer.start();
        server.asAdmin().migrate();
        String clinic = "Clinic r42y" + System.nanoTime() % 100000;
        run("PG", who -> {
            String role = server.newLogin(who + System.nanoTime() % 100000);
            new ClinicMembers(server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, clinic);
            return new ClinicEncounterStore(server.as(role), CLOCK, TestKnowledge.SUMMARISER);
        });
        server.close();
    }
}
