package com.hallqueue.server.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code appraisal}: the hall's rubric, checked (items add up to their part, parts to 100,
 * grades fall to 0). Without it the standard rubric. An old {@code stats.rubric} still loads:
 * its grade limits become the grades, its weights and pause allowance are no longer used.
 */
final class AppraisalReader {

    private static final Logger LOG = LoggerFactory.getLogger(AppraisalReader.class);
    private static final int TOTAL = 100;
    private static final int MAX_ID = 32;
    private static final int MAX_NAME = 40;

    AppraisalRubric read(ConfigFile.AppraisalFile file, ConfigFile.Rubric old) {
        return rubric(file, old).withSurvey(file != null && Boolean.TRUE.equals(file.survey()));
    }

    private AppraisalRubric rubric(ConfigFile.AppraisalFile file, ConfigFile.Rubric old) {
        AppraisalRubric rubric = file == null || file.parts() == null ? AppraisalRubric.standard()
                : new AppraisalRubric(parts(file.parts()), AppraisalRubric.standard().grades());
        if (file != null && file.grades() != null) {
            return rubric.withGrades(grades(file.grades()));
        }
        return old == null ? rubric : rubric.withGrades(oldGrades(old));
    }

    private List<RubricPart> parts(List<ConfigFile.PartFile> list) {
        ConfigReader.nonEmpty(list, "appraisal.parts");
        List<RubricPart> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(part(list.get(i), "appraisal.parts[" + i + "]", ids));
        }
        int sum = out.stream().mapToInt(RubricPart::points).sum();
        if (sum != TOTAL) {
            throw new ConfigException("appraisal.parts", "points must add up to " + TOTAL + ", got " + sum);
        }
        return out;
    }

    private RubricPart part(ConfigFile.PartFile p, String field, Set<String> ids) {
        String name = name(p.name(), field + ".name");
        int points = points(p.points(), field + ".points");
        List<ConfigFile.ItemFile> items = ConfigReader.required(p.items(), field + ".items");
        ConfigReader.nonEmpty(items, field + ".items");
        List<RubricItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(item(items.get(i), field + ".items[" + i + "]", ids));
        }
        int sum = out.stream().mapToInt(RubricItem::points).sum();
        if (sum != points) {
            throw new ConfigException(field + ".items", "points must add up to the part's " + points + ", got " + sum);
        }
        return new RubricPart(name, points, out);
    }

    private RubricItem item(ConfigFile.ItemFile i, String field, Set<String> ids) {
        String id = ConfigReader.text(i.id(), field + ".id", null);
        if (!id.matches("[A-Za-z0-9_-]{1," + MAX_ID + "}")) {
            throw new ConfigException(field + ".id", "must be 1 to " + MAX_ID + " letters, digits, - or _, got \"" + id + "\"");
        }
        if (!ids.add(id)) {
            throw new ConfigException(field + ".id", "\"" + id + "\" appears twice");
        }
        Measure measure = i.measure() == null ? null : Measure.parse(i.measure()).orElseThrow(() ->
                new ConfigException(field + ".measure", "unknown \"" + i.measure() + "\"; expected one of efficiency,"
                        + " ratings, feedback, complaints, or none for an assessed item"));
        return new RubricItem(id, name(i.name(), field + ".name"), points(i.points(), field + ".points"), measure);
    }

    private List<Grade> grades(List<ConfigFile.GradeFile> list) {
        ConfigReader.nonEmpty(list, "appraisal.grades");
        List<Grade> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "appraisal.grades[" + i + "]";
            Integer from = ConfigReader.required(list.get(i).from(), field + ".from");
            if (from < 0 || from > TOTAL || (!out.isEmpty() && from >= out.get(out.size() - 1).from())) {
                throw new ConfigException(field + ".from", "must be 0 to " + TOTAL + " and fall, highest grade first; got "
                        + from);
            }
            out.add(new Grade(name(list.get(i).name(), field + ".name"), from));
        }
        if (out.get(out.size() - 1).from() != 0) {
            throw new ConfigException("appraisal.grades", "the lowest grade must start at 0");
        }
        return out;
    }

    private static List<Grade> oldGrades(ConfigFile.Rubric old) {
        if (old.weights() != null || old.pauseAllowanceMinutes() != null) {
            LOG.warn("stats.rubric.weights and stats.rubric.pauseAllowanceMinutes are no longer used: the score is the"
                    + " rubric's measured items (see appraisal in the README)");
        }
        Map<String, Integer> g = old.grades() == null ? Map.of() : old.grades();
        for (String key : g.keySet()) {
            if (!Set.of("excellent", "good", "pass").contains(key)) {
                throw new ConfigException("stats.rubric.grades." + key, "unknown; expected excellent, good or pass");
            }
        }
        int excellent = g.getOrDefault("excellent", 90);
        int good = g.getOrDefault("good", 70);
        int pass = g.getOrDefault("pass", 50);
        if (!(excellent > good && good > pass && pass > 0 && excellent <= TOTAL)) {
            throw new ConfigException("stats.rubric.grades", "must fall: excellent > good > pass > 0");
        }
        return AppraisalRubric.standardGrades(excellent, good, pass);
    }

    private static String name(String value, String field) {
        return ConfigReader.fits(ConfigReader.text(value, field, null), MAX_NAME, field);
    }

    private static int points(Integer value, String field) {
        int n = ConfigReader.required(value, field);
        if (n < 1 || n > TOTAL) {
            throw new ConfigException(field, "must be 1 to " + TOTAL + ", got " + n);
        }
        return n;
    }
}
