using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Leadtype.Output;

/// <summary>
/// The content of a lock's <c>owner.json</c>: who holds it (pid plus process start time, so a reused
/// pid is not mistaken for the owner), on which machine, since when, for which output directory,
/// and the random token that also names the holder directory.
/// </summary>
internal sealed record LockOwner(
    int ProcessId,
    string? ProcessStartTime,
    string MachineName,
    DateTimeOffset AcquiredAt,
    string OutputDirectory,
    string Token)
{
    public const string FileName = "owner.json";

    private const int MaxLength = 64 * 1024;

    public static LockOwner ForCurrentProcess(string token, string outputDirectory) =>
        new(Environment.ProcessId, ProcessProbe.CurrentProcessStartTime, Environment.MachineName, DateTimeOffset.UtcNow, outputDirectory, token);

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("pid", ProcessId);
            if (ProcessStartTime is null)
            {
                writer.WriteNull("processStart");
            }
            else
            {
                writer.WriteString("processStart", ProcessStartTime);
            }

            writer.WriteString("machine", MachineName);
            writer.WriteString("acquiredAt", AcquiredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("outputDirectory", OutputDirectory);
            writer.WriteString("token", Token);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads an owner record; null when the file is missing, too large or not a complete record.</summary>
    public static LockOwner? TryRead(string path)
    {
        try
        {
            if (PathEntry.KindOf(path) != PathEntryKind.File)
            {
                return null;
            }

            // Share everything, so reading never blocks the holder from releasing (renaming its directory) on Windows.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxLength)
            {
                return null;
            }

            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var chunk = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                if (chunk == 0)
                {
                    break;
                }

                read += chunk;
            }

            return TryParse(buffer.AsSpan(0, read));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static LockOwner? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("pid", out var pid) || !pid.TryGetInt32(out var processId) || processId <= 0
                || !TryGetString(root, "machine", out var machine)
                || !TryGetString(root, "acquiredAt", out var acquiredText)
                || !DateTimeOffset.TryParse(acquiredText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var acquiredAt)
                || !TryGetString(root, "token", out var token))
            {
                return null;
            }

            TryGetString(root, "processStart", out var start);
            TryGetString(root, "outputDirectory", out var output);
            return new LockOwner(processId, start, machine!, acquiredAt, output ?? string.Empty, token!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryGetString(JsonElement root, string name, out string? value)
    {
        value = root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return !string.IsNullOrEmpty(value);
    }
}
