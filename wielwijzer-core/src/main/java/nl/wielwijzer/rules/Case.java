package nl.wielwijzer.rules;

import nl.wielwijzer.profile.Sector;
import nl.wielwijzer.profile.Subject;

/** Who the profile is about: the subject and the sector. Inserted for every profile. */
public record Case(Subject subject, Sector sector) implements Fact {

    @Override
    public String path() {
        return "subject, sector";
    }

    @Override
    public String value() {
        return subject.code() + ", " + sector.code();
    }

    @Override
    public String describe() {
        return "subject = " + subject.code() + ", sector = " + sector.code();
    }

    public boolean isEmployee() {
        return subject == Subject.EMPLOYEE;
    }

    public boolean isEmployer() {
        return subject == Subject.EMPLOYER;
    }

    /** Whether the profile is of a manager (leidinggevende): rules write {@code Case( manager )}. */
    public boolean isManager() {
        return subject == Subject.MANAGER;
    }

    public boolean isVvt() {
        return sector == Sector.VVT;
    }

    public boolean isGemeente() {
        return sector == Sector.GEMEENTE;
    }

    public boolean isOtherSector() {
        return sector == Sector.OTHER;
    }
}
