using System.Diagnostics;
using System.Globalization;
using Shipcheck.Core.Artifacts;

// HashBench FOLDER GLOB RUNS: finds the files GLOB chooses under FOLDER and hashes them RUNS times with FileHasher
// (in parallel, one per core), after one warm-up; prints the median wall time in milliseconds and the bytes.
var root = args[0];
var globs = ArtifactGlobs.Parse([args[1]]);
var runs = int.Parse(args[2], CultureInfo.InvariantCulture);
var (files, _) = ArtifactFiles.Find(root, globs, CancellationToken.None);
var times = new List<double>();
long bytes = 0;
for (var i = -1; i < runs; i++)
{
    var clock = Stopwatch.StartNew();
    var hashes = await FileHasher.HashAllAsync(files, CancellationToken.None);
    if (i >= 0)
    {
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    bytes = hashes.Sum(h => h.Size);
}
times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {bytes} bytes: median {times[times.Count / 2]:0.0} ms of {runs} runs"));
