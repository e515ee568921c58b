package nl.wielwijzer.cli;

import java.util.List;
import nl.wielwijzer.bcw.Coded;
import nl.wielwijzer.bcw.InterventionFunction;
import nl.wielwijzer.bcw.Language;
import nl.wielwijzer.result.Choice;
import nl.wielwijzer.result.Citation;
import nl.wielwijzer.result.Exclusion;
import nl.wielwijzer.result.Explanation;
import nl.wielwijzer.result.RankedCategory;
import nl.wielwijzer.result.RankedFunction;
import nl.wielwijzer.result.RankedInstrument;
import nl.wielwijzer.result.Recommendation;
import nl.wielwijzer.result.TargetKind;

/** A readable report of a recommendation, in Dutch or English, for people rather than programs. */
final class TextReport {

    private final Language lang;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Language lang) {
        this.lang = lang;
    }

    static String of(Recommendation r, Language lang) {
        return new TextReport(lang).write(r);
    }

    private String t(String nl, String en) {
        return lang == Language.NL ? nl : en;
    }

    private String write(Recommendation r) {
        line(t("Wielwijzer: advies voor profiel ", "Wielwijzer: advice for profile ") + r.profileId());
        line("");
        heading(t("Interventiefuncties", "Intervention functions"));
        if (r.interventionFunctions().isEmpty()) {
            line(t("  Geen: het profiel noemt geen tekorten waar de regels iets mee kunnen.",
                    "  None: the profile names no gaps the rules can act on."));
        }
        for (RankedFunction f : r.interventionFunctions()) {
            line(String.format("%3d. %s (score %d)", f.rank(), f.function().label(lang), f.score()));
            explanations(f.explanations());
        }
        heading(t("Beleidscategorieën", "Policy categories"));
        for (RankedCategory c : r.policyCategories()) {
            line(String.format("%3d. %s (score %d)", c.rank(), c.category().label(lang), c.score()));
            explanations(c.explanations());
        }
        heading(t("Instrumenten", "Instruments"));
        if (r.instruments().isEmpty()) {
            line(t("  Geen passend instrument in de catalogus.", "  No fitting instrument in the catalogue."));
        }
        for (RankedInstrument i : r.instruments()) {
            String name = lang == Language.NL ? i.name() : i.nameEn();
            String status = i.status() == RankedInstrument.Status.MAKE_BETTER_USE ? " [" + i.status().label(lang) + "]" : "";
            line(String.format("%3d. %s (score %d)%s", i.rank(), name, i.score(), status));
            line("     " + t("functies: ", "functions: ") + String.join(", ",
                    i.functions().stream().map(fn -> fn.label(lang)).toList()) + "; id " + i.id());
            explanations(i.explanations());
        }
        choice(t("Route", "Route"), r.route());
        choice(t("Fase", "Phase"), r.phase());
        if (!r.excluded().isEmpty()) {
            heading(t("Bewust uitgesloten", "Deliberately ruled out"));
            for (Exclusion e : r.excluded()) {
                line("   - " + excludedName(e));
                explanations(e.explanations());
            }
        }
        return out.toString();
    }

    private String excludedName(Exclusion e) {
        if (e.kind() == TargetKind.INTERVENTION_FUNCTION) {
            return Coded.parse(InterventionFunction.class, e.code()).map(f -> f.label(lang)).orElse(e.code());
        }
        return e.code();
    }

    private void choice(String title, Choice<? extends Coded> choice) {
        if (choice == null) {
            return;
        }
        heading(title);
        line("     " + choice.value().label(lang) + " (score " + choice.score() + ")");
        explanations(choice.explanations());
    }

    private void explanations(List<Explanation> explanations) {
        for (Explanation x : explanations) {
            String points = x.points() > 0 ? " (+" + x.points() + ")" : x.points() < 0 ? " (" + x.points() + ")" : "";
            line("     - " + (lang == Language.NL ? x.nl() : x.en()) + points);
            line("       " + t("regel: ", "rule: ") + x.rule() + " (" + x.file() + ":" + x.line() + ")");
            if (!x.facts().isEmpty()) {
                line("       " + t("op grond van: ", "because of: ") + String.join("; ", x.facts()));
            }
            for (Citation c : x.sources()) {
                boolean one = c.fromLine() == c.toLine();
                line("       " + t("bron: ", "source: ") + c.seed() + (one ? t(" regel ", " line ") : t(" regels ", " lines ")) + c.lines()
                        + ": \"" + c.quote() + "\"");
            }
        }
    }

    private void heading(String title) {
        line("");
        line(title);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
