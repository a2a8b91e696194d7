using System.Runtime.CompilerServices;

namespace Shipcheck.Core.Tests.Reports;

/// <summary>
/// Compares text users read with a file under <c>Reports/Expected/</c>, exactly, so a change of wording is a visible
/// diff. On a mismatch the actual text is written beside the test output (<c>Reports/Actual/</c>);
/// set SHIPCHECK_UPDATE_SNAPSHOTS=1 to write it over the expected file in the source tree instead.
/// </summary>
internal static class Snapshot
{
    public static void Matches(string fileName, string actual, [CallerFilePath] string callerFile = "")
    {
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Reports", "Expected", fileName);
        if (Environment.GetEnvironmentVariable("SHIPCHECK_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(callerFile)!, "Expected", fileName), actual);
            return;
        }
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            return;
        }
        var actualFolder = Path.Combine(AppContext.BaseDirectory, "Reports", "Actual");
        Directory.CreateDirectory(actualFolder);
        var actualPath = Path.Combine(actualFolder, fileName);
        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"no expected output {expectedPath}; the actual output is in {actualPath}"
            : $"{fileName} differs from the expected output ({FirstDifference(expected, actual)}); compare {expectedPath} with {actualPath}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}: expected \"{el}\", got \"{al}\"";
            }
        }
        return "line endings";
    }
}
