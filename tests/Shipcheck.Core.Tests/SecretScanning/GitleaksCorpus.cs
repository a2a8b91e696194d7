namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>gitleaks' files in the shared corpora (../shared/corpora/gitleaks, never copied here); null when absent.</summary>
internal static class GitleaksCorpus
{
    public static string? File(string relative) => Find(relative, System.IO.File.Exists);

    public static string? Folder(string relative) => Find(relative, Directory.Exists);

    private static string? Find(string relative, Func<string, bool> exists)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "corpora", "gitleaks", relative);
            if (exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
