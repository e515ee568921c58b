package nl.wielwijzer.catalog;

import nl.wielwijzer.bcw.Coded;

/**
 * Who uses or receives an instrument.
 */
public enum Audience implements Coded {
    EMPLOYEE("employee", "medewerker", "employee"),
    MANAGER("manager", "leidinggevende", "line manager"),
    HR("hr", "hr- en arboprofessionals", "HR and occupational-health professionals"),
    ORGANISATION("organisation", "werkgever / organisatie", "employer / organisation"),
    TEAM("team", "team", "team"),
    SECTOR("sector", "sector", "sector");

    private final Labels labels;

    Audience(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
