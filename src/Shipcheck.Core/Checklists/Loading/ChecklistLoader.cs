using System.Text;
using Shipcheck.Core.Checks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>
/// Loads a checklist file and validates all of it before anything may run. Every problem is reported at once, each
/// with file, line, column, YAML path and a hint; a checklist with problems is never returned.
/// </summary>
public static class ChecklistLoader
{
    /// <summary>The largest checklist accepted. Real ones are a few kilobytes.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>Loads <paramref name="path"/> with the built-in check kinds and <see cref="LoadSettings.Default"/>.</summary>
    public static LoadResult Load(string path) => Load(path, CheckKinds.All);

    /// <summary>Loads <paramref name="path"/> with the built-in check kinds; <paramref name="settings"/> carry <c>--var</c> and <c>--version</c>.</summary>
    public static LoadResult Load(string path, LoadSettings settings) => Load(path, CheckKinds.All, settings);

    /// <summary>Loads <paramref name="path"/> with the given check kinds.</summary>
    /// <param name="path">The checklist file.</param>
    /// <param name="kinds">The check kinds steps may use.</param>
    /// <param name="settings">What durations and sizes written with <c>${name}</c> resolve with; <see cref="LoadSettings.Default"/> when null.</param>
    public static LoadResult Load(string path, IReadOnlyList<ICheckKind> kinds, LoadSettings? settings = null)
    {
        var fullPath = Path.GetFullPath(path);
        var text = ReadText(path, fullPath, out var problem);
        return text is null ? Fail(problem!) : LoadText(text, path, fullPath, kinds, settings);
    }

    /// <summary>Loads checklist text that came from <paramref name="displayPath"/> (used in messages).</summary>
    /// <param name="text">The checklist's text.</param>
    /// <param name="displayPath">The file name messages show.</param>
    /// <param name="fullPath">The file's full path (<c>${checklist_dir}</c> is its folder).</param>
    /// <param name="kinds">The check kinds steps may use.</param>
    /// <param name="settings">What durations and sizes written with <c>${name}</c> resolve with; <see cref="LoadSettings.Default"/> when null.</param>
    public static LoadResult LoadText(string text, string displayPath, string fullPath, IReadOnlyList<ICheckKind> kinds, LoadSettings? settings = null)
    {
        var diagnostics = new DiagnosticBag();
        var ctx = new YamlContext(displayPath, diagnostics);
        if (string.IsNullOrWhiteSpace(text) || text.Split('\n').All(l => l.TrimStart().StartsWith('#') || l.Trim().Length == 0))
        {
            return Fail(LoadErrors.FileEmpty(displayPath));
        }
        if (!YamlPreflight.Check(ctx, text))
        {
            return new LoadResult(null, diagnostics.Sorted());
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Fail(LoadErrors.NotYaml(YamlPreflight.Span(ctx, YamlPreflight.Mark(e)), YamlPreflight.Detail(e)));
        }
        var checklist = new ChecklistReader(ctx, kinds, settings ?? LoadSettings.Default).Read(stream.Documents[0].RootNode, fullPath);
        return diagnostics.HasErrors || checklist is null
            ? new LoadResult(null, [.. diagnostics.Sorted().Select(ctx.Explain)])
            : new LoadResult(checklist, []);
    }

    private static LoadResult Fail(Diagnostic problem) => new(null, [problem]);

    private static string? ReadText(string displayPath, string fullPath, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                problem = Directory.Exists(fullPath)
                    ? LoadErrors.FileUnreadable(displayPath, "it is a folder")
                    : LoadErrors.FileMissing(displayPath);
                return null;
            }
            if (info.Length > MaxBytes)
            {
                problem = LoadErrors.FileTooLarge(displayPath, info.Length, MaxBytes);
                return null;
            }
            var bytes = File.ReadAllBytes(fullPath);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                problem = LoadErrors.NotText(displayPath);
                return null;
            }
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problem = LoadErrors.NotText(displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = LoadErrors.FileUnreadable(displayPath, e.Message);
        }
        return null;
    }
}
