namespace Leadtype.Output;

/// <summary>
/// What a file held when it was last written or confirmed: its length, a 64-bit content hash (<see cref="ContentHash"/>) and
/// its mtime right after. Given the stamps of a previous run (<see cref="OutputSession.Remember"/>), a
/// write whose bytes have the same length and hash, to a file whose length and mtime are as stamped, is
/// known to be unchanged without reading the file back.
/// </summary>
/// <remarks>
/// A class, not a struct: a session keeps one per written file in concurrent dictionaries, and with a
/// reference-type value the ReadyToRun tool runs the framework's shared dictionary code instead of having the JIT
/// compile value-type instantiations at start-up (benchmarks/README-generate.md, "Cold start").
/// </remarks>
public sealed record ContentStamp(long Length, ulong Hash, long LastWriteTicks);
