package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * Whose behaviour the profile describes, and so whom the recommendations address.
 */
public enum Subject implements Coded {
    /** Employee ({@code employee}); in Dutch: werknemer. */
    EMPLOYEE("employee", "werknemer", "employee"),
    /** Employer ({@code employer}); in Dutch: werkgever. */
    EMPLOYER("employer", "werkgever", "employer"),
    /** A manager (leidinggevende), advised on supporting the employability of the staff he or she leads. */
    MANAGER("manager", "leidinggevende", "manager");

    private final Labels labels;

    Subject(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
