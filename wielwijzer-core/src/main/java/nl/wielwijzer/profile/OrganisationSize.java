package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Size of the organisation by head count: small below 50, medium 50-249, large 250 or more.
 */
public enum OrganisationSize implements Coded {
    /** Small (fewer than 50) ({@code small}); in Dutch: klein (minder dan 50). */
    SMALL("small", "klein (minder dan 50)", "small (fewer than 50)"),
    /** Medium (50-249) ({@code medium}); in Dutch: middelgroot (50-249). */
    MEDIUM("medium", "middelgroot (50-249)", "medium (50-249)"),
    /** Large (250 or more) ({@code large}); in Dutch: groot (250 of meer). */
    LARGE("large", "groot (250 of meer)", "large (250 or more)");

    private final Labels labels;

    OrganisationSize(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
