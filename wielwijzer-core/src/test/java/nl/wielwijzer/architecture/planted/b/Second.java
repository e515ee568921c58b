package nl.wielwijzer.architecture.planted.b;

import nl.wielwijzer.architecture.planted.a.First;

/** Planted for ArchitectureTest: the other half of a package cycle. */
public class Second {
    First first;
}
