namespace Leadtype.Output;

/// <summary>
/// What a file held when it was last written or confirmed: its length, a 64-bit content hash (<see cref="ContentHash"/>) and
/// its mtime right after. Given the stamps of a previous run (<see cref="OutputSession.Remember"/>), a
/// write whose bytes have the same length and hash, to a file whose length and mtime are as stamped, is
/// known to be unchanged without reading the file back.
/// </summary>
public readonly record struct ContentStamp(long Length, ulong Hash, long LastWriteTicks);
