package nl.wielwijzer.profile;

import nl.wielwijzer.internal.engine.Engine;

/** Planted for ArchitectureTest: a profile type that uses the engine, a dependency that runs up the layers. */
final class PlantedProfileThatReachesUp {
    Engine engine;
}
