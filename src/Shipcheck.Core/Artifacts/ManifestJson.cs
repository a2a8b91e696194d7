using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// The manifest as JSON: keys always in the same order, indented, '\n' line ends, so the same release gives the same
/// bytes and the file diffs well. Written by hand with <see cref="Utf8JsonWriter"/> rather than serialized, because the
/// key order and names are the format.
/// </summary>
public static class ManifestJson
{
    /// <summary>The format of <c>created_at</c>: UTC to the second.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Paths and names are shown as written (é, +), not as \u escapes; the JSON stays valid either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest's bytes, ending with a newline.</summary>
    public static byte[] Write(ArtifactManifest manifest)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("version", manifest.Version);
            writer.WriteString("created_at", manifest.CreatedAt.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture));
            writer.WriteStartObject("git");
            WriteNullable(writer, "commit", manifest.Git.Commit);
            WriteNullable(writer, "branch", manifest.Git.Branch);
            WriteNullable(writer, "tag", manifest.Git.Tag);
            writer.WriteEndObject();
            WriteStrings(writer, "globs", manifest.Globs);
            writer.WriteStartArray("files");
            foreach (var file in manifest.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteNumber("size", file.Size);
                writer.WriteString("sha256", file.Sha256);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("images");
            foreach (var image in manifest.Images)
            {
                writer.WriteStartObject();
                writer.WriteString("name", image.Name);
                writer.WriteString("id", image.Id);
                WriteStrings(writer, "digests", image.Digests);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
