using System.Globalization;
using System.Text.Json;

namespace Shipcheck.Core.Artifacts;

/// <summary>
/// Reads a manifest file back. Every problem is one message naming the file, and the line for broken JSON or the
/// JSON path for a missing or mistyped field, with what to do.
/// </summary>
public static class ManifestReader
{
    /// <summary>Larger than any manifest of real files (a million entries are about 150 MB, but nobody ships those).</summary>
    public const long MaxBytes = 64L << 20;

    /// <summary>The manifest in <paramref name="path"/>, or what is wrong with it.</summary>
    public static async Task<(ArtifactManifest? Manifest, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return (null, $"{path} is a directory; give the manifest's .json file (releases/manifest_v1.2.0.json)");
            }
            if (!info.Exists)
            {
                return (null, $"{path} does not exist; give the manifest's .json file (releases/manifest_v1.2.0.json)");
            }
            if (info.Length > MaxBytes)
            {
                return (null, $"{path} is {info.Length} bytes, larger than a manifest can be ({MaxBytes} bytes); is it the manifest?");
            }
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read {path}: {e.Message}");
        }
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            return (Manifest(document.RootElement), null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $":{n + 1}" : "";
            return (null, $"{path}{line}: not valid JSON ({FirstSentence(e.Message)}); a manifest is written by Shipcheck: write it again rather than by hand");
        }
        catch (FormatException e)
        {
            return (null, $"{path}: {e.Message}; a manifest is written by Shipcheck: write it again rather than by hand");
        }
    }

    private static ArtifactManifest Manifest(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "the top level");
        var createdText = String(root, "created_at", "created_at");
        if (!DateTimeOffset.TryParseExact(createdText, ManifestJson.TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created))
        {
            throw new FormatException($"created_at '{createdText}' is not a UTC time such as 2026-12-02T14:30:00Z");
        }
        var git = Member(root, "git", "git", JsonValueKind.Object);
        return new ArtifactManifest(
            String(root, "version", "version"),
            created,
            new ManifestGit(NullableString(git, "commit", "git.commit"), NullableString(git, "branch", "git.branch"), NullableString(git, "tag", "git.tag")),
            root.TryGetProperty("globs", out _) ? Strings(root, "globs", "globs") : [],
            Items(root, "files", (item, at) => new ManifestFile(String(item, "path", at + ".path"), Size(item, at + ".size"), String(item, "sha256", at + ".sha256"))),
            Items(root, "images", (item, at) => new ManifestImage(String(item, "name", at + ".name"), String(item, "id", at + ".id"), Strings(item, "digests", at + ".digests"))));
    }

    private static List<T> Items<T>(JsonElement parent, string name, Func<JsonElement, string, T> read)
    {
        var list = Member(parent, name, name, JsonValueKind.Array);
        var items = new List<T>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"{name}[{index++}]";
            Expect(item, JsonValueKind.Object, at);
            items.Add(read(item, at));
        }
        return items;
    }

    private static JsonElement Member(JsonElement parent, string name, string at, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new FormatException($"{at} is missing");
        }
        Expect(value, kind, at);
        return value;
    }

    private static string String(JsonElement parent, string name, string at) => Member(parent, name, at, JsonValueKind.String).GetString()!;

    private static string? NullableString(JsonElement parent, string name, string at) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : String(parent, name, at);

    private static List<string> Strings(JsonElement parent, string name, string at)
    {
        var list = Member(parent, name, at, JsonValueKind.Array);
        var index = 0;
        return [.. list.EnumerateArray().Select(item => { Expect(item, JsonValueKind.String, $"{at}[{index++}]"); return item.GetString()!; })];
    }

    private static long Size(JsonElement item, string at) =>
        Member(item, "size", at, JsonValueKind.Number).TryGetInt64(out var size) && size >= 0
            ? size
            : throw new FormatException($"{at} is not a whole number of bytes");

    private static void Expect(JsonElement value, JsonValueKind kind, string at)
    {
        if (value.ValueKind != kind)
        {
            throw new FormatException($"{at} is {Describe(value.ValueKind)}, not {Describe(kind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
